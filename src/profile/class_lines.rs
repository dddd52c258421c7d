//! [`ClassLines`]: the fixed expenditure 类 lines a template's summary tables print, by name.

use super::ProfileError;
use crate::tables::ClassLine;

/// The expenditure 类 lines a template's summary tables (收入支出决算总表 and
/// 财政拨款收入支出决算总表, 公开01表 and 公开04表) print, blank or not: lines of
/// [`ClassLine`] by printed name, in printed order, and among them the ones printed only when
/// used. Those are printed together, when one of them has a figure: the Shanghai 2024 template
/// prints 24 lines, and a document that spends on 债务还本支出 or 债务付息支出 prints both, 26.
///
/// In a profile's JSON form:
/// `"class_lines": {"lines": ["一般公共服务支出", …], "optional": ["债务还本支出", "债务付息支出"]}`.
///
/// ```
/// use final_accounts::profile::Profile;
/// let lines = Profile::shanghai_2024().class_lines();
/// assert_eq!(lines.lines().len(), 26);
/// let optional: Vec<_> = lines.optional().iter().map(|l| l.name()).collect();
/// assert_eq!(optional, ["债务还本支出", "债务付息支出"]);
/// assert_eq!(lines.counts(), [24, 26]);
/// assert_eq!(lines.printed(|_| false).len(), 24);
/// assert_eq!(lines.printed(|line| line.name() == "债务付息支出").len(), 26);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassLines {
    lines: Vec<ClassLine>,
    optional: Vec<ClassLine>,
}

impl ClassLines {
    /// Every line of [`ClassLine::ALL`], in its order, none optional.
    pub(super) fn all() -> ClassLines {
        ClassLines {
            lines: ClassLine::ALL.to_vec(),
            optional: Vec::new(),
        }
    }

    /// The lines named `lines`, those named `optional` printed only when used.
    ///
    /// # Errors
    ///
    /// [`ProfileError`] for no line, a name that is no [`ClassLine`], a line named twice, an
    /// optional line that is not among the lines, or every line optional.
    pub(super) fn named(
        id: &str,
        lines: &[String],
        optional: &[String],
    ) -> Result<ClassLines, ProfileError> {
        let resolve = |names: &[String]| {
            let mut resolved: Vec<ClassLine> = Vec::with_capacity(names.len());
            for name in names {
                let line =
                    ClassLine::named(name).ok_or_else(|| ProfileError::UnknownClassLine {
                        id: id.to_owned(),
                        name: name.clone(),
                    })?;
                if resolved.contains(&line) {
                    return Err(ProfileError::ClassLineTwice {
                        id: id.to_owned(),
                        name: line.name().to_owned(),
                    });
                }
                resolved.push(line);
            }
            Ok(resolved)
        };
        let lines = resolve(lines)?;
        let optional = resolve(optional)?;
        if let Some(stray) = optional.iter().find(|line| !lines.contains(line)) {
            return Err(ProfileError::OptionalClassLine {
                id: id.to_owned(),
                name: stray.name().to_owned(),
            });
        }
        if lines.len() <= optional.len() {
            return Err(ProfileError::NoExpenditureClass { id: id.to_owned() });
        }
        Ok(ClassLines { lines, optional })
    }

    /// The lines of a profile written before lines were named: the counts of lines it accepts.
    /// All of [`ClassLine::ALL`] (26) and the lines but the debt lines (24,
    /// [`ClassLine::is_debt`]) are the forms a count stands for; a profile accepting both
    /// prints the debt lines only when used.
    ///
    /// # Errors
    ///
    /// [`ProfileError::NoExpenditureClass`] for no count or a count of 0,
    /// [`ProfileError::ClassCount`] for a count that stands for no form.
    pub(super) fn counted(id: &str, counts: &[u16]) -> Result<ClassLines, ProfileError> {
        let all = ClassLine::ALL.to_vec();
        let debt: Vec<ClassLine> = all.iter().copied().filter(|l| l.is_debt()).collect();
        let short: Vec<ClassLine> = all.iter().copied().filter(|l| !l.is_debt()).collect();
        if counts.is_empty() || counts.contains(&0) {
            return Err(ProfileError::NoExpenditureClass { id: id.to_owned() });
        }
        if let Some(count) = counts
            .iter()
            .find(|n| ![all.len(), short.len()].contains(&usize::from(**n)))
        {
            return Err(ProfileError::ClassCount {
                id: id.to_owned(),
                count: *count,
            });
        }
        let accepts = |n: usize| counts.iter().any(|c| usize::from(*c) == n);
        Ok(match (accepts(all.len()), accepts(short.len())) {
            (true, true) => ClassLines {
                lines: all,
                optional: debt,
            },
            (true, false) => ClassLines {
                lines: all,
                optional: Vec::new(),
            },
            _ => ClassLines {
                lines: short,
                optional: Vec::new(),
            },
        })
    }

    /// Every line the template prints when all are used, in printed order.
    #[must_use]
    pub fn lines(&self) -> &[ClassLine] {
        &self.lines
    }

    /// The lines printed only when used (together, when one of them has a figure).
    #[must_use]
    pub fn optional(&self) -> &[ClassLine] {
        &self.optional
    }

    /// How many lines a summary table of the template prints: every count it accepts, in
    /// increasing order (without the optional lines, and with them).
    #[must_use]
    pub fn counts(&self) -> Vec<u16> {
        let count = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        let all = count(self.lines.len());
        if self.optional.is_empty() {
            vec![all]
        } else {
            vec![
                count(self.lines.len().saturating_sub(self.optional.len())),
                all,
            ]
        }
    }

    /// The lines printed when `used` says which lines have a figure, in printed order: the
    /// optional lines only when one of them is used.
    #[must_use]
    pub fn printed(&self, used: impl Fn(ClassLine) -> bool) -> Vec<ClassLine> {
        let with_optional = self.optional.iter().any(|line| used(*line));
        self.lines
            .iter()
            .copied()
            .filter(|line| with_optional || !self.optional.contains(line))
            .collect()
    }

    /// The printed names of the lines and of the optional ones (the JSON form).
    #[cfg(feature = "serde")]
    pub(super) fn names(&self) -> (Vec<String>, Vec<String>) {
        let names = |lines: &[ClassLine]| lines.iter().map(|l| l.name().to_owned()).collect();
        (names(&self.lines), names(&self.optional))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn counts_stand_for_the_lines_they_stood_for() {
        let both = ClassLines::counted("x", &[24, 26]).unwrap();
        assert_eq!(both.lines(), ClassLine::ALL);
        assert_eq!(both.counts(), [24, 26]);
        assert!(both.optional().iter().all(|l| l.is_debt()));
        let short = ClassLines::counted("x", &[24]).unwrap();
        assert_eq!(short.counts(), [24]);
        assert!(short.lines().iter().all(|l| !l.is_debt()));
        assert_eq!(ClassLines::counted("x", &[26]).unwrap(), ClassLines::all());
        assert_eq!(
            ClassLines::counted("x", &[25]),
            Err(ProfileError::ClassCount {
                id: "x".to_owned(),
                count: 25
            })
        );
        assert_eq!(
            ClassLines::counted("x", &[]),
            Err(ProfileError::NoExpenditureClass { id: "x".to_owned() })
        );
    }

    #[test]
    fn names_are_lines_given_once_and_optional_ones_among_them() {
        let two = names(&["教育支出", "债务付息支出"]);
        let lines = ClassLines::named("x", &two, &names(&["债务付息支出"])).unwrap();
        assert_eq!(lines.counts(), [1, 2]);
        let printed = lines.printed(|_| false);
        assert_eq!(printed.len(), 1);
        assert_eq!(printed[0].name(), "教育支出");
        let unknown = ClassLines::named("x", &names(&["预备费"]), &[]);
        assert_eq!(
            unknown.unwrap_err().to_string(),
            "profile \"x\" names the 类 line \"预备费\", which is no expenditure 类 line of the summary tables"
        );
        let twice = ClassLines::named("x", &names(&["教育支出", "教育 支出"]), &[]);
        assert!(
            matches!(twice, Err(ProfileError::ClassLineTwice { name, .. }) if name == "教育支出")
        );
        let stray = ClassLines::named("x", &names(&["教育支出"]), &names(&["债务付息支出"]));
        assert!(matches!(stray, Err(ProfileError::OptionalClassLine { .. })));
        let none = ClassLines::named("x", &two, &two);
        assert!(matches!(none, Err(ProfileError::NoExpenditureClass { .. })));
    }
}
