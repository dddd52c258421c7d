//! The expenditure 类 lines the summary tables (公开01表 收入支出决算总表, 公开04表
//! 财政拨款收入支出决算总表) print: one list, read by the importer, named by each profile
//! (`Profile::class_lines`) and printed by `compile`.

use crate::classification::FunctionCode;

/// One of the fixed expenditure 类 lines of the summary tables, by the name the templates
/// print (without its enumerator "二十、"), with its functional code where a cited source
/// gives it.
///
/// The templates print every line, blank or not, so a line is known by its name: a reader
/// needs no catalog to place it, and a line whose code no source at hand confirms
/// (粮油物资储备支出, 国有资本经营预算支出, 其他支出, 债务还本支出, 抗疫特别国债安排的支出) is
/// still a 类 line of the table ([`ExpenditureItem::NamedClass`](super::ExpenditureItem)).
///
/// ```
/// use final_accounts::tables::ClassLine;
/// assert_eq!(ClassLine::ALL.len(), 26);
/// let social = ClassLine::named("社会保障和就业支出").unwrap();
/// assert_eq!(social.code().map(|c| c.to_string()).as_deref(), Some("208"));
/// let grain = ClassLine::named("粮油物资储备 支出").unwrap();
/// assert_eq!(grain.code(), None);
/// assert!(ClassLine::named("预备费").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClassLine {
    name: &'static str,
    code: Option<&'static str>,
    debt: bool,
}

const fn line(code: Option<&'static str>, name: &'static str) -> ClassLine {
    ClassLine {
        name,
        code,
        debt: false,
    }
}

const fn debt(code: Option<&'static str>, name: &'static str) -> ClassLine {
    ClassLine {
        name,
        code,
        debt: true,
    }
}

impl ClassLine {
    /// The 26 lines in printed order, as the 2023 Shanxi document (公开01表, 公开04表) and the
    /// Shanghai 2024 template with its debt lines print them; the Shanghai template's 24 leave
    /// out the two debt lines ([`ClassLine::is_debt`]). Which lines a template prints, and in
    /// which order, its profile says by name
    /// ([`Profile::class_lines`](crate::profile::Profile::class_lines)).
    ///
    /// Names: the printed lines of those documents. Codes: the functional catalog's 类 seen with
    /// codes (`data/functional-2023.txt` and `data/functional-current.txt`, sources cited there),
    /// matched by identical name. Five lines have no code: no source at hand prints it.
    pub const ALL: [ClassLine; 26] = [
        line(Some("201"), "一般公共服务支出"),
        line(Some("202"), "外交支出"),
        line(Some("203"), "国防支出"),
        line(Some("204"), "公共安全支出"),
        line(Some("205"), "教育支出"),
        line(Some("206"), "科学技术支出"),
        line(Some("207"), "文化旅游体育与传媒支出"),
        line(Some("208"), "社会保障和就业支出"),
        line(Some("210"), "卫生健康支出"),
        line(Some("211"), "节能环保支出"),
        line(Some("212"), "城乡社区支出"),
        line(Some("213"), "农林水支出"),
        line(Some("214"), "交通运输支出"),
        line(Some("215"), "资源勘探工业信息等支出"),
        line(Some("216"), "商业服务业等支出"),
        line(Some("217"), "金融支出"),
        line(Some("219"), "援助其他地区支出"),
        line(Some("220"), "自然资源海洋气象等支出"),
        line(Some("221"), "住房保障支出"),
        line(None, "粮油物资储备支出"),
        line(None, "国有资本经营预算支出"),
        line(Some("224"), "灾害防治及应急管理支出"),
        line(None, "其他支出"),
        debt(None, "债务还本支出"),
        debt(Some("232"), "债务付息支出"),
        line(None, "抗疫特别国债安排的支出"),
    ];

    /// The name as the templates print it, without its enumerator.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The functional code, where a cited source gives it.
    ///
    /// ```
    /// use final_accounts::tables::ClassLine;
    /// let coded = ClassLine::ALL.iter().filter(|l| l.code().is_some()).count();
    /// assert_eq!(coded, 21);
    /// ```
    #[must_use]
    pub fn code(self) -> Option<FunctionCode> {
        self.code.and_then(|c| FunctionCode::parse(c).ok())
    }

    /// Whether it is one of the debt lines (债务还本支出, 债务付息支出) a 24-line template leaves
    /// out: the lines a profile written as a count of lines (24) does without.
    ///
    /// ```
    /// use final_accounts::tables::ClassLine;
    /// assert_eq!(ClassLine::ALL.iter().filter(|l| !l.is_debt()).count(), 24);
    /// ```
    #[must_use]
    pub fn is_debt(self) -> bool {
        self.debt
    }

    /// The line printed as `name` (without its enumerator; white space ignored).
    #[must_use]
    pub fn named(name: &str) -> Option<ClassLine> {
        ClassLine::ALL.into_iter().find(|line| {
            let mut printed = name.chars().filter(|c| !c.is_whitespace());
            line.name.chars().all(|c| printed.next() == Some(c)) && printed.next().is_none()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classification::{Level, builtin};

    #[test]
    fn every_code_is_a_class_the_builtin_catalogs_name_alike() {
        for line in ClassLine::ALL {
            let Some(text) = line.code else { continue };
            let code = FunctionCode::parse(text).expect("a code");
            assert_eq!(code.level(), Level::Class, "{text}");
            let (_, entry) = builtin::find_functional(code).expect("a cited code");
            assert_eq!(entry.name(), line.name, "{text}");
        }
    }

    #[test]
    fn names_are_unique() {
        for (i, line) in ClassLine::ALL.iter().enumerate() {
            assert_eq!(
                ClassLine::ALL.iter().position(|l| l.name == line.name),
                Some(i)
            );
        }
    }
}
