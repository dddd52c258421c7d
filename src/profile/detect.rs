//! Which template a document follows, from what it prints: the one detection of a profile,
//! used by the importer (which names a profile only when one fits exactly) and by the audit
//! (which checks a disclosure naming no known profile against the closest).

use super::Profile;
use crate::kind::TableKind;
use crate::printed::same_printed;

/// What a document printed of one of its tables: which table, its 公开NN表 label (if any) and
/// its title. A document is described by its tables in published order.
///
/// ```
/// use final_accounts::disclosure::TableKind;
/// use final_accounts::profile::PrintedTable;
/// let printed = PrintedTable { kind: TableKind::Income, label: Some("公开02表"), title: "收入决算表" };
/// assert_eq!(printed.title, "收入决算表");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintedTable<'a> {
    /// The table.
    pub kind: TableKind,
    /// The label printed on it, if any.
    pub label: Option<&'a str>,
    /// The title printed on it.
    pub title: &'a str,
}

/// How well a profile fits what a document printed ([`Profile::fit`]).
///
/// ```
/// use final_accounts::disclosure::TableKind;
/// use final_accounts::profile::{PrintedTable, Profile};
/// let printed = [PrintedTable { kind: TableKind::Income, label: None, title: "收入决算表" }];
/// let fit = Profile::shanghai_2024().fit(&printed);
/// assert!(fit.is_exact());
/// assert!(fit.score() > Profile::shanxi_2023().fit(&printed).score());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    exact: bool,
    score: i64,
}

impl Fit {
    /// Whether the fit is exact: the profile has every table printed, each printing the title
    /// of its slot (white space and bracket widths aside) and a label exactly when the slot
    /// has one.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        self.exact
    }

    /// The score of the fit: each printed table scores 2 for the label its slot expects (none
    /// included) and 1 for its title; a table the profile does not have costs 2, a required
    /// table of the profile not printed costs 1, and the published order of the tables both
    /// have scores 2.
    #[must_use]
    pub fn score(&self) -> i64 {
        self.score
    }
}

impl Profile {
    /// How well this profile fits `printed`, a document's tables in published order.
    ///
    /// ```
    /// use final_accounts::disclosure::TableKind;
    /// use final_accounts::profile::{PrintedTable, Profile};
    /// let printed = [
    ///     PrintedTable { kind: TableKind::IncomeExpenditure, label: Some("公开01表"), title: "收入支出决算总表" },
    ///     PrintedTable { kind: TableKind::Income, label: Some("公开02表"), title: "收入决算表" },
    /// ];
    /// let fit = Profile::shanxi_2023().fit(&printed);
    /// assert!(fit.is_exact());
    /// // 2 + 1 per table, the order kept (+2), eight required tables not printed (−8).
    /// assert_eq!(fit.score(), 0);
    /// assert!(!Profile::shanghai_2024().fit(&printed).is_exact());
    /// ```
    #[must_use]
    pub fn fit(&self, printed: &[PrintedTable<'_>]) -> Fit {
        let mut exact = true;
        let mut score = 0_i64;
        for table in printed {
            let Some(slot) = self.slot(table.kind) else {
                exact = false;
                score = score.saturating_sub(2);
                continue;
            };
            let title = same_printed(table.title, &slot.title);
            exact &= title && slot.label.is_some() == table.label.is_some();
            let label: i64 = if table.label == slot.label.as_deref() {
                2
            } else {
                0
            };
            score = score.saturating_add(label).saturating_add(i64::from(title));
        }
        let has = |kind: TableKind| printed.iter().any(|t| t.kind == kind);
        let missing = self
            .tables()
            .iter()
            .filter(|slot| slot.required && !has(slot.kind))
            .count();
        score = score.saturating_sub(i64::try_from(missing).unwrap_or(i64::MAX));
        let published = printed
            .iter()
            .map(|t| t.kind)
            .filter(|k| self.slot(*k).is_some());
        let expected = self.tables().iter().map(|s| s.kind).filter(|k| has(*k));
        if published.eq(expected) {
            score = score.saturating_add(2);
        }
        Fit { exact, score }
    }

    /// The profile of `candidates` that fits `printed` best (the highest [`Fit::score`], the
    /// first candidate on a tie), with its fit; `None` when nothing is printed or there is no
    /// candidate. Users pass their own profiles (read as data) here; see [`Profile::closest`]
    /// for the built-in ones. The importer names the best of the candidates that fit exactly;
    /// the audit checks against the best of all.
    ///
    /// ```
    /// use final_accounts::disclosure::TableKind;
    /// use final_accounts::profile::{PrintedTable, Profile};
    /// let mine = Profile::builder("mine", "My province")
    ///     .labelled(TableKind::Income, Some("公开一"), "收入决算表")
    ///     .build()?;
    /// let candidates = [Profile::shanxi_2023().clone(), mine];
    /// let printed = [PrintedTable { kind: TableKind::Income, label: Some("公开一"), title: "收入决算表" }];
    /// let (closest, fit) = Profile::closest_in(&printed, &candidates).unwrap();
    /// assert_eq!((closest.id(), fit.is_exact()), ("mine", true));
    /// # Ok::<(), final_accounts::profile::ProfileError>(())
    /// ```
    #[must_use]
    pub fn closest_in<'p>(
        printed: &[PrintedTable<'_>],
        candidates: impl IntoIterator<Item = &'p Profile>,
    ) -> Option<(&'p Profile, Fit)> {
        if printed.is_empty() {
            return None;
        }
        let mut best: Option<(&'p Profile, Fit)> = None;
        for profile in candidates {
            let fit = profile.fit(printed);
            if best.is_none_or(|(_, b)| fit.score > b.score) {
                best = Some((profile, fit));
            }
        }
        best
    }

    /// The built-in profile that fits `printed` best, with its fit ([`Profile::closest_in`]
    /// over [`Profile::builtins`]).
    ///
    /// ```
    /// use final_accounts::disclosure::TableKind;
    /// use final_accounts::profile::{PrintedTable, Profile};
    /// let printed = [
    ///     PrintedTable { kind: TableKind::Income, label: None, title: "收入决算表" },
    ///     PrintedTable { kind: TableKind::Expenditure, label: None, title: "支出决算表" },
    /// ];
    /// let (closest, fit) = Profile::closest(&printed).unwrap();
    /// assert_eq!((closest.id(), fit.is_exact()), ("shanghai-2024", true));
    /// assert!(Profile::closest(&[]).is_none());
    /// ```
    #[must_use]
    pub fn closest(printed: &[PrintedTable<'_>]) -> Option<(&'static Profile, Fit)> {
        Profile::closest_in(printed, Profile::builtins())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed_as(profile: &Profile) -> Vec<PrintedTable<'_>> {
        profile
            .tables()
            .iter()
            .map(|slot| PrintedTable {
                kind: slot.kind,
                label: slot.label.as_deref(),
                title: &slot.title,
            })
            .collect()
    }

    #[test]
    fn each_builtin_is_closest_to_itself_and_fits_exactly() {
        for profile in Profile::builtins() {
            let printed = printed_as(profile);
            let (closest, fit) = Profile::closest(&printed).unwrap();
            assert_eq!(closest.id(), profile.id());
            assert!(fit.is_exact());
            for other in Profile::builtins()
                .iter()
                .filter(|p| p.id() != profile.id())
            {
                assert!(
                    !other.fit(&printed).is_exact(),
                    "{} fits {}",
                    other.id(),
                    profile.id()
                );
                assert!(other.fit(&printed).score() < fit.score());
            }
        }
    }

    #[test]
    fn titles_compare_as_printed() {
        let shanxi = Profile::shanxi_2023();
        let slot = shanxi.slot(TableKind::ThreePublic).unwrap();
        let spaced: String = slot.title.chars().flat_map(|c| [c, ' ']).collect();
        let ascii = slot.title.replace('（', "(").replace('）', ")");
        for title in [spaced.as_str(), ascii.as_str()] {
            let printed = [PrintedTable {
                kind: TableKind::ThreePublic,
                label: slot.label.as_deref(),
                title,
            }];
            assert!(shanxi.fit(&printed).is_exact(), "{title}");
        }
        let other = [PrintedTable {
            kind: TableKind::ThreePublic,
            label: slot.label.as_deref(),
            title: "三公经费表",
        }];
        assert!(!shanxi.fit(&other).is_exact());
    }

    #[test]
    fn a_table_the_profile_lacks_is_no_exact_fit_and_costs() {
        let shanghai = Profile::shanghai_2024();
        let printed = [PrintedTable {
            kind: TableKind::RelatedInfo,
            label: None,
            title: "部门决算相关信息统计表",
        }];
        let fit = shanghai.fit(&printed);
        assert!(!fit.is_exact());
        // −2 for the table, −9 for the required tables not printed, +2 for the (empty) order.
        assert_eq!(fit.score(), -9);
    }

    #[test]
    fn ties_go_to_the_first_candidate() {
        let printed = [PrintedTable {
            kind: TableKind::Income,
            label: None,
            title: "收入决算表",
        }];
        let a = Profile::shanghai_2024().clone();
        let candidates = [a.clone(), a];
        let (first, _) = Profile::closest_in(&printed, &candidates).unwrap();
        assert!(core::ptr::eq(first, &candidates[0]));
        assert!(Profile::closest_in(&printed, &[]).is_none());
    }
}
