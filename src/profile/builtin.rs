//! The built-in profiles: Shanghai 2024 from its official template, Shanxi 2023 from a
//! published document (its template was not available).
//!
//! They are written as values (not through the builder, so that reading them cannot fail); a
//! test runs each through [`Profile::builder`]'s validation.

use std::sync::LazyLock;

use super::{Profile, TableSlot};
use crate::classification::Level;
use crate::disclosure::TableKind;
use crate::evaluation::GradeScheme;

static ALL: LazyLock<[Profile; 2]> = LazyLock::new(|| [shanxi(), shanghai()]);

pub(super) fn all() -> &'static [Profile] {
    ALL.as_slice()
}

pub(super) fn shanxi_2023() -> &'static Profile {
    let [shanxi, _] = &*ALL;
    shanxi
}

pub(super) fn shanghai_2024() -> &'static Profile {
    let [_, shanghai] = &*ALL;
    shanghai
}

fn slot(kind: TableKind, label: Option<&str>, title: &str) -> TableSlot {
    TableSlot {
        kind,
        label: label.map(str::to_owned),
        title: title.to_owned(),
        required: true,
    }
}

/// The labels the Shanxi 2023 template prints, in the order of [`TableKind::ALL`].
const SHANXI_LABELS: [&str; 10] = [
    "公开01表",
    "公开02表",
    "公开03表",
    "公开04表",
    "公开05表",
    "公开06表",
    "公开07表",
    "公开08表",
    "公开09表",
    "公开10表",
];

fn shanxi() -> Profile {
    Profile {
        id: "shanxi-2023".to_owned(),
        name: "山西 2023 部门（单位）决算公开".to_owned(),
        source: "大同市人力资源和社会保障局 2023年度单位决算公开 \
                 (shared/spec/datong-hrss-2023-final-accounts.txt)"
            .to_owned(),
        tables: TableKind::ALL
            .into_iter()
            .zip(SHANXI_LABELS)
            .map(|(kind, label)| slot(kind, Some(label), kind.name_zh()))
            .collect(),
        expenditure_classes: vec![26],
        body_parts: None,
        line_numbers: true,
        detail_level: Level::Class,
        detail_section: Some("五（三）".to_owned()),
        // The 说明 prints 万元 and rates to two decimals, but also "增加5万元", "0%", "100%":
        // whether such a figure dropped its trailing zeros or was rounded to fewer places
        // ("完成98%" for 97.64%) the text does not say, so each figure is read at the digits
        // it prints.
        narrative_decimals: None,
        grades: GradeScheme::standard(),
    }
}

fn shanghai() -> Profile {
    use TableKind as K;
    Profile {
        id: "shanghai-2024".to_owned(),
        name: "上海 2024 部门决算".to_owned(),
        source: "上海 2024 附件2：部门决算模板（预算主管部门公开样张） \
                 (../shared/spec/shanghai-2024-final-accounts-template.txt)"
            .to_owned(),
        tables: vec![
            slot(K::IncomeExpenditure, None, "收入支出决算总表"),
            slot(K::Income, None, "收入决算表"),
            slot(K::Expenditure, None, "支出决算表"),
            slot(K::Fiscal, None, "财政拨款收入支出决算总表"),
            slot(K::GeneralBudget, None, "一般公共预算财政拨款支出决算表"),
            slot(K::BasicDetail, None, "一般公共预算财政拨款基本支出决算表"),
            slot(K::ThreePublic, None, "财政拨款“三公”经费支出决算表"),
            slot(
                K::GovernmentFund,
                None,
                "政府性基金预算财政拨款收入支出决算表",
            ),
            slot(
                K::StateCapital,
                None,
                "国有资本经营预算财政拨款收入支出决算表",
            ),
        ],
        // The template prints 24 类 lines (一、一般公共服务支出 … 二十四、抗疫特别国债安排的支出);
        // documents that add 债务还本支出 and 债务付息支出 print 26, and follow it as well.
        expenditure_classes: vec![24, 26],
        // The template's body prints 第一部分 …概况, then the tables under the banner
        // "上海市 XX 局 2024 年度部门决算表" (第二部分 is only in the 目录), 第三部分 …说明 and
        // 第四部分 名词解释.
        body_parts: Some(vec![1, 3, 4]),
        line_numbers: false,
        detail_level: Level::Item,
        detail_section: Some("五（三）".to_owned()),
        // "307.82 万元", "占 34.30%", "100.00%", but "0 万元": read at the digits printed, as
        // above.
        narrative_decimals: None,
        grades: GradeScheme::pass_fail(),
    }
}
