//! The items of the fixed lines of the tables, from the names they print.

use core::str::FromStr;

use super::Catalogs;
use crate::printed::{compact, strip_enumerator};
use crate::tables::{
    ClassLine, ExpenditureItem, FiscalIncomeItem, Fund, IncomeItem, InfoItem, VehicleCategory,
};

pub(super) fn self_item(catalogs: Catalogs<'_>, name: &str) -> Option<ExpenditureItem> {
    let c = compact(strip_enumerator(name));
    if c.contains("支出合计") {
        Some(ExpenditureItem::CurrentYearTotal)
    } else if c == "结余分配" {
        Some(ExpenditureItem::SurplusDistribution)
    } else if c.starts_with("年末") && c.contains("结转") {
        Some(ExpenditureItem::ClosingBalance)
    } else if c == "总计" {
        Some(ExpenditureItem::GrandTotal)
    } else {
        // A line of the template is read by its printed name: its code where a source gives
        // it, else the code a catalog names it by, else the line itself.
        match ClassLine::named(&c) {
            Some(line) => Some(
                line.code()
                    .or_else(|| catalogs.class(&c))
                    .map_or(ExpenditureItem::NamedClass(line), ExpenditureItem::Class),
            ),
            None => catalogs.class(&c).map(ExpenditureItem::Class),
        }
    }
}

pub(super) fn is_total_name(text: &str) -> bool {
    matches!(compact(text).as_ref(), "合计" | "总计")
}

/// The fund a name speaks of, if any.
pub(super) fn fund_of(c: &str) -> Option<Fund> {
    if c.contains("一般公共预算") {
        Some(Fund::GeneralBudget)
    } else if c.contains("政府性基金") {
        Some(Fund::GovernmentFund)
    } else if c.contains("国有资本经营") {
        Some(Fund::StateCapital)
    } else {
        None
    }
}

pub(super) fn income_item(name: &str) -> Option<IncomeItem> {
    let c = compact(strip_enumerator(name));
    if let Some(fund) = fund_of(&c) {
        return Some(IncomeItem::Appropriation(fund));
    }
    Some(if c.contains("上级补助") {
        IncomeItem::SuperiorSubsidy
    } else if c.contains("事业收入") {
        IncomeItem::InstitutionRevenue
    } else if c.contains("经营收入") {
        IncomeItem::BusinessRevenue
    } else if c.contains("附属单位") {
        IncomeItem::AffiliatedRemittance
    } else if c.contains("其他收入") {
        IncomeItem::OtherRevenue
    } else if c.contains("收入合计") {
        IncomeItem::CurrentYearTotal
    } else if c.contains("非财政拨款结余") {
        IncomeItem::NonFiscalBalanceUsed
    } else if c.starts_with("年初") && c.contains("结转") {
        IncomeItem::OpeningBalance
    } else if c == "总计" {
        IncomeItem::GrandTotal
    } else {
        return None;
    })
}

/// An income item of 公开04表; after the 年初…结转和结余 line, fund names are its parts.
pub(super) fn fiscal_income_item(name: &str, after_opening: bool) -> Option<FiscalIncomeItem> {
    let c = compact(strip_enumerator(name));
    if c.starts_with("年初") && c.contains("结转") {
        return Some(FiscalIncomeItem::OpeningBalance);
    }
    if let Some(fund) = fund_of(&c) {
        return Some(if after_opening {
            FiscalIncomeItem::OpeningBalanceOf(fund)
        } else {
            FiscalIncomeItem::Appropriation(fund)
        });
    }
    if c.contains("收入合计") {
        Some(FiscalIncomeItem::CurrentYearTotal)
    } else if c == "总计" {
        Some(FiscalIncomeItem::GrandTotal)
    } else {
        None
    }
}

/// The group (预算数: `true`) and item key of a 三公 column, from its header parts in either
/// nesting ("预算数 公务接待费" or "公务接待费 预算数").
pub(super) fn three_public_key(name: &str) -> Option<(bool, &'static str)> {
    let budget = if name.contains("预算数") {
        true
    } else if name.contains("决算数") {
        false
    } else {
        return None;
    };
    let leaf = name
        .split(' ')
        .rfind(|p| !p.contains("预算数") && !p.contains("决算数"))?;
    let key = if leaf.contains("因公出国") {
        "overseas"
    } else if leaf.contains("接待") {
        "reception"
    } else if leaf == "小计" || leaf.contains("购置及运行") {
        "vehicles"
    } else if leaf.contains("购置") {
        "vehicle_purchase"
    } else if leaf.contains("运行") {
        "vehicle_operation"
    } else if leaf.contains("合计") {
        "total"
    } else {
        return None;
    };
    Some((budget, key))
}

/// An item of 公开10表 from its section title and printed name.
pub(super) fn info_item(section: &str, name: &str) -> Option<InfoItem> {
    let c = compact(strip_enumerator(name));
    let s = compact(section);
    if s.contains("采购") {
        return Some(match c.as_ref() {
            "合计" => InfoItem::ProcurementTotal,
            _ if c.contains("货物") => InfoItem::ProcurementGoods,
            _ if c.contains("工程") => InfoItem::ProcurementWorks,
            _ if c.contains("服务") => InfoItem::ProcurementServices,
            _ => return None,
        });
    }
    if s.contains("运行经费") {
        return if c.contains("行政单位") {
            Some(InfoItem::RunningCostsAdministrative)
        } else if c.contains("参照公务员法") || c.contains("参公") {
            Some(InfoItem::RunningCostsCivilService)
        } else {
            None
        };
    }
    if c.contains("车辆") && c.contains("合计") {
        return Some(InfoItem::VehiclesTotal);
    }
    if c.contains("设备") {
        return Some(InfoItem::Equipment);
    }
    if c.contains("用车") {
        let bare = strip_enumerator(name).trim();
        return VehicleCategory::from_str(bare)
            .or_else(|_| VehicleCategory::from_str(&c))
            .ok()
            .map(InfoItem::Vehicles);
    }
    None
}
