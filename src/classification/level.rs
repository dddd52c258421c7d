/// The level of a functional classification code: 类 (3 digits), 款 (5) or 项 (7).
///
/// ```
/// use final_accounts::classification::Level;
/// assert_eq!(Level::Section.to_string(), "款");
/// assert_eq!("项".parse::<Level>()?, Level::Item);
/// assert_eq!(Level::Item.digits(), 7);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum Level {
    /// 类: the class, 3 digits (208 社会保障和就业支出).
    #[strum(serialize = "类")]
    Class,
    /// 款: the section, 5 digits (20801 人力资源和社会保障管理事务).
    #[strum(serialize = "款")]
    Section,
    /// 项: the item, 7 digits (2080101 行政运行).
    #[strum(serialize = "项")]
    Item,
}

impl Level {
    /// How many digits a code of this level has.
    #[must_use]
    pub fn digits(self) -> usize {
        match self {
            Level::Class => 3,
            Level::Section => 5,
            Level::Item => 7,
        }
    }

    /// The level above, if any.
    #[must_use]
    pub fn parent(self) -> Option<Level> {
        match self {
            Level::Class => None,
            Level::Section => Some(Level::Class),
            Level::Item => Some(Level::Section),
        }
    }
}

crate::names::closed_set!(Level, "科目级次 (level: 类, 款 or 项)");
