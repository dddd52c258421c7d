//! The audit of a whole disclosure.

use super::{Finding, Report, codes, cross, culprit, document, forms_text};
use crate::classification::{
    AnyCatalog, EconomicCatalog, EconomicScheme, FunctionCatalog, builtin,
};
use crate::disclosure::Disclosure;
use crate::evaluation::{
    Confidence, Evaluation, EvaluationError, ScoringParameters, Source, audit_form,
    audit_form_arithmetic, check_year, evaluate, no_parameters,
};
use crate::narrative::{self, CheckOptions};
use crate::profile::Profile;

/// What the audit checks against, when not the defaults.
///
/// ```
/// use final_accounts::audit::AuditOptions;
/// use final_accounts::profile::Profile;
/// let options = AuditOptions::new().with_profile(Profile::shanghai_2024());
/// assert_eq!(options.profile().map(|p| p.id()), Some("shanghai-2024"));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AuditOptions<'a> {
    profile: Option<&'a Profile>,
    functional_catalog: Option<&'a FunctionCatalog>,
    economic_catalog: Option<&'a EconomicCatalog>,
    scoring: Option<&'a ScoringParameters>,
    damaged: &'a [crate::finding::TableKind],
    unlocalized: bool,
}

impl<'a> AuditOptions<'a> {
    /// The defaults: the profile the disclosure names, the built-in catalogs of the report year
    /// (partial, so an unknown code is only info), the scoring parameters in force that year
    /// with the profile's grade scheme.
    #[must_use]
    pub fn new() -> AuditOptions<'a> {
        AuditOptions::default()
    }

    /// Audits against this template profile instead of the one the disclosure names.
    #[must_use]
    pub fn with_profile(mut self, profile: &'a Profile) -> AuditOptions<'a> {
        self.profile = Some(profile);
        self
    }

    /// Checks functional codes against this catalog (a complete one makes unknown codes errors).
    #[must_use]
    pub fn with_functional_catalog(mut self, catalog: &'a FunctionCatalog) -> AuditOptions<'a> {
        self.functional_catalog = Some(catalog);
        self
    }

    /// Checks departmental economic codes against this catalog.
    #[must_use]
    pub fn with_economic_catalog(mut self, catalog: &'a EconomicCatalog) -> AuditOptions<'a> {
        self.economic_catalog = Some(catalog);
        self
    }

    /// Checks the codes of the catalog's classification against it: a functional catalog for
    /// the functional codes, an economic one for the economic codes of 公开06表 (see
    /// [`AnyCatalog::from_delimited`] for a catalog read from a user's CSV or TSV file).
    ///
    /// ```
    /// use final_accounts::audit::AuditOptions;
    /// use final_accounts::classification::{AnyCatalog, Completeness};
    /// let catalog = AnyCatalog::from_delimited("208,社会保障和就业支出\n", 2024, Completeness::Complete)?;
    /// let options = AuditOptions::new().with_catalog(&catalog);
    /// # let _ = options;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_catalog(self, catalog: &'a AnyCatalog) -> AuditOptions<'a> {
        match catalog {
            AnyCatalog::Functional(c) => self.with_functional_catalog(c),
            AnyCatalog::Economic(c) => self.with_economic_catalog(c),
        }
    }

    /// Tables the document prints but whose rows could not make the table (an importer's
    /// [`Imported::damaged`](crate::import::Imported::damaged)): reported as damaged
    /// (`doc.table-damaged`), not as missing. [`audit_imported`] sets them.
    #[must_use]
    pub fn with_damaged_tables(
        mut self,
        damaged: &'a [crate::finding::TableKind],
    ) -> AuditOptions<'a> {
        self.damaged = damaged;
        self
    }

    /// The options of the import of the document, from these: the functional catalog given
    /// here finds the codes of the 类 the summary tables print by name, so that one options
    /// value carries the catalog for the import and the audit.
    ///
    /// ```
    /// use final_accounts::audit::{AuditOptions, audit_imported};
    /// use final_accounts::classification::{Completeness, FunctionCatalog};
    /// use final_accounts::import::import_text_with;
    /// let catalog = FunctionCatalog::from_rows(2023, Completeness::Partial, [("222", "粮油物资储备支出")])?;
    /// let options = AuditOptions::new().with_functional_catalog(&catalog);
    /// let text = include_str!("../../tests/fixtures/datong-hrss-2023-final-accounts.txt");
    /// let imported = import_text_with(text, &options.import_options())?;
    /// let report = audit_imported(&imported, &options);
    /// assert_eq!(report.disclosure().year(), 2023);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn import_options(&self) -> crate::import::ImportOptions<'a> {
        crate::import::ImportOptions {
            catalog: self.functional_catalog,
        }
    }

    /// Scores the self-evaluation forms with these parameters.
    #[must_use]
    pub fn with_scoring(mut self, scoring: &'a ScoringParameters) -> AuditOptions<'a> {
        self.scoring = Some(scoring);
        self
    }

    /// Reports every failing relation on its own, without keeping the relations as edits or
    /// localizing their failures to the figures to blame (see [`crate::localize`]): what the
    /// audit did before it localized, kept to measure what localizing costs.
    ///
    /// ```
    /// use final_accounts::audit::AuditOptions;
    /// assert!(AuditOptions::new().localizes());
    /// assert!(!AuditOptions::new().without_localization().localizes());
    /// ```
    #[must_use]
    pub fn without_localization(mut self) -> AuditOptions<'a> {
        self.unlocalized = true;
        self
    }

    /// Whether the audit localizes failing relations (the default).
    #[must_use]
    pub fn localizes(&self) -> bool {
        !self.unlocalized
    }

    /// The profile given, if any.
    #[must_use]
    pub fn profile(&self) -> Option<&'a Profile> {
        self.profile
    }

    /// Resolves the options for `disclosure`, once: the profile given or named (or, for an
    /// unknown or missing id, the built-in one closest to its tables), the catalogs
    /// given or built in for its year, the scoring parameters given or in force that year
    /// with the profile's grade scheme, and the narrative's options from the profile.
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use final_accounts::audit::AuditOptions;
    /// use final_accounts::disclosure::Disclosure;
    /// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
    /// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
    /// let context = AuditOptions::new().resolve(&disclosure);
    /// assert_eq!(context.profile.map(|p| p.id()), Some("shanxi-2023"));
    /// assert!(context.scoring.is_some());
    /// # }
    /// ```
    #[must_use]
    pub fn resolve(&self, disclosure: &Disclosure) -> Context<'a> {
        let named = self
            .profile
            .or_else(|| disclosure.profile().and_then(Profile::builtin));
        let detected = match named {
            Some(_) => None,
            None => document::closest_profile(disclosure),
        };
        let profile = named.or(detected);
        let year = disclosure.year();
        let functional = self.functional_catalog.or_else(|| {
            builtin::functional_in_force(year)
                .into_iter()
                .find(|c| c.vouches_for(disclosure.unit_name(), year))
        });
        let economic = self.economic_catalog.or_else(|| {
            builtin::economic_in_force(EconomicScheme::Departmental, year)
                .into_iter()
                .find(|c| c.vouches_for(disclosure.unit_name(), year))
        });
        let mut narrative = CheckOptions::default();
        if let Some(profile) = profile {
            narrative.detail_level = profile.detail_level();
            narrative.detail_section = profile.detail_section().map(str::to_owned);
            narrative.decimals = profile.narrative_decimals();
        }
        if let Some(catalog) = functional {
            narrative.official_names = disclosure
                .narrative()
                .function_codes()
                .into_iter()
                .filter_map(|code| catalog.get(&code).map(|e| (code, e.name().to_owned())))
                .collect();
        }
        let scoring = match self.scoring {
            Some(params) => Ok(params.clone()),
            None => ScoringParameters::for_year(year).map(|params| match profile {
                Some(profile) => params.with_grade_scheme(
                    profile.grades().clone(),
                    Source {
                        citation: "the grade scheme of the disclosure's template profile",
                        confidence: Confidence::Derived,
                    },
                ),
                None => params,
            }),
        };
        let (scoring, scoring_error) = match scoring {
            Ok(params) => (Some(params), None),
            Err(error) => (None, Some(error)),
        };
        Context {
            profile,
            profile_detected: detected.is_some(),
            functional,
            economic,
            scoring,
            scoring_error,
            narrative,
        }
    }
}

/// What an audit ran with, resolved once from [`AuditOptions`] for one disclosure (see
/// [`AuditOptions::resolve`]) and kept in its [`Report`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Context<'a> {
    /// The template profile: the one given, the built-in one the disclosure names, or else
    /// the built-in one closest to its tables (see [`document::closest_profile`]); `None`
    /// only for a disclosure without tables that names no known profile.
    pub profile: Option<&'a Profile>,
    /// Whether `profile` was detected from the tables (the disclosure named no profile, or
    /// one the audit does not know); `doc.profile` then says which was used.
    pub profile_detected: bool,
    /// The functional classification catalog given, or else the first built-in one in force
    /// for the report year that is evidence about the document (the code check also consults
    /// the other catalogs in force; `code.checked` says which checked what).
    pub functional: Option<&'a FunctionCatalog>,
    /// The departmental economic classification catalog, chosen as `functional` is.
    pub economic: Option<&'a EconomicCatalog>,
    /// The scoring parameters of the forms, with the profile's grade scheme; `None` when no
    /// parameters are in force for the report year.
    pub scoring: Option<ScoringParameters>,
    /// Why `scoring` is `None` (no parameters apply to the report year): the forms' own
    /// arithmetic is checked without them, and `eval.no-parameters` says what could not run.
    pub scoring_error: Option<EvaluationError>,
    /// The options of the narrative check, from the profile.
    pub narrative: CheckOptions,
}

/// Audits a disclosure with the defaults: the profile it names, the built-in catalogs of its
/// year and the scoring parameters of its year. See [`audit_with`].
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::{audit, Severity};
/// use final_accounts::disclosure::Disclosure;
/// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
/// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
/// let report = audit(&disclosure);
/// // The 支出决算表 is printed with the label of the 三公 table.
/// assert!(report.of_rule("doc.label").any(|f| f.severity == Severity::Error));
/// # }
/// ```
#[must_use]
pub fn audit(disclosure: &Disclosure) -> Report<'_> {
    audit_with(disclosure, &AuditOptions::default())
}

/// Audits an imported document with `options`, the tables the importer found damaged reported
/// as such (`doc.table-damaged`) rather than missing; see [`AuditOptions::import_options`] for
/// importing with the same options.
#[must_use]
pub fn audit_imported<'a>(
    imported: &'a crate::import::Imported,
    options: &AuditOptions<'a>,
) -> Report<'a> {
    audit_with(
        &imported.disclosure,
        &options.with_damaged_tables(&imported.damaged),
    )
}

/// A table the template requires that the document prints damaged: `doc.table-damaged`
/// instead of `doc.table-missing`.
fn damaged_not_missing(finding: Finding, damaged: &[crate::finding::TableKind]) -> Finding {
    if finding.rule.id != document::TABLE_MISSING.id {
        return finding;
    }
    match finding.place().map(|p| &p.part) {
        Some(crate::finding::Part::Table(kind)) if damaged.contains(kind) => {
            let title = finding
                .expected
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            document::damaged(*kind, &title)
        }
        _ => finding,
    }
}

/// Audits a disclosure: every rule of [`rules`](super::rules), in this order — each table's
/// own arithmetic (`t01` … `t10`), the document (`doc`), the relations between tables (`x`),
/// the classification codes (`code`), the narrative (`narrative`) and each self-evaluation
/// form (`eval`). Rounding tails are `info`; nothing is corrected. The relations the tables
/// and the rules between tables check are also kept as edits, and their failures localized
/// ([`crate::localize`]): the failing relations one figure (or two) explains are reported once,
/// by a finding naming that figure, the value that would satisfy them and the slip that
/// explains it, with the findings of the relations as its evidence. The same finding is never
/// reported twice. The report keeps the context the audit ran with and the forms' evaluations.
#[must_use]
pub fn audit_with<'a>(disclosure: &'a Disclosure, options: &AuditOptions<'a>) -> Report<'a> {
    let context = options.resolve(disclosure);
    // The relations localization works over (tables, between tables, the 说明's stated amounts)
    // are checked first without recording them as edits: when every one holds there is nothing
    // to localize, and the record (an edit with the places of its figures per relation) is not
    // made. A failing relation is always reported at least as a warning (a tail within rounding
    // holds); only then are these relations checked again, with their edits.
    let tables = || -> Vec<Finding> {
        disclosure
            .order()
            .iter()
            .flat_map(|&kind| disclosure.check_table(kind))
            .collect()
    };
    let (mut table_findings, mut cross_findings, mut narrative_findings) = (
        tables(),
        cross::check(disclosure),
        narrative::check(disclosure.narrative(), disclosure, &context.narrative),
    );
    let failing = |f: &Finding| f.severity >= crate::finding::Severity::Warning;
    let localizes = options.localizes()
        && (table_findings.iter().any(failing)
            || cross_findings.iter().any(failing)
            || narrative_findings
                .iter()
                .any(|f| f.rule.id == narrative::AMOUNT.id && failing(f)));
    let mut edits = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    let mut collect = |(found, more): (Vec<Finding>, Vec<crate::finding::Edit>),
                       findings: &mut Vec<Finding>| {
        let offset = findings.len();
        edits.extend(more.into_iter().map(|mut edit| {
            edit.finding = edit.finding.and_then(|i| i.checked_add(offset));
            edit
        }));
        findings.extend(found);
    };
    if localizes {
        table_findings.clear();
        cross_findings.clear();
        narrative_findings.clear();
        for &kind in disclosure.order() {
            collect(disclosure.check_table_edits(kind), &mut findings);
        }
    } else {
        findings.append(&mut table_findings);
    }
    findings.extend(
        document::check(
            disclosure,
            context.profile.filter(|_| !context.profile_detected),
        )
        .into_iter()
        .map(|finding| damaged_not_missing(finding, options.damaged)),
    );
    if localizes {
        collect(cross::check_edits(disclosure), &mut findings);
    } else {
        findings.append(&mut cross_findings);
    }
    findings.extend(codes::check(
        disclosure,
        context.functional,
        context.economic,
    ));
    let narrative_start = findings.len();
    if localizes {
        collect(
            narrative::check_edits(disclosure.narrative(), disclosure, &context.narrative),
            &mut findings,
        );
    } else {
        findings.append(&mut narrative_findings);
    }
    let narrative_range = narrative_start..findings.len();
    let evaluations = forms(disclosure, &context, &mut findings);
    if localizes {
        let narrated = culprit::Narrated {
            range: narrative_range,
            narrative: disclosure.narrative(),
            figures: disclosure,
            options: &context.narrative,
        };
        findings = culprit::localized(findings, &edits, &narrated);
    }
    culprit::dedup(&mut findings);
    Report::new(disclosure, context, findings, evaluations)
}

/// The findings of the self-evaluation forms, and each form's evaluation when scoring
/// parameters apply to the report year.
fn forms(
    disclosure: &Disclosure,
    context: &Context<'_>,
    findings: &mut Vec<Finding>,
) -> Vec<Option<Evaluation>> {
    let mut evaluations: Vec<Option<Evaluation>> = Vec::with_capacity(disclosure.forms().len());
    let year = disclosure.year();
    if context.scoring.is_none()
        && let Some(error) = &context.scoring_error
    {
        findings.extend(no_parameters(year, error, disclosure.forms()));
    }
    for form in disclosure.forms() {
        findings.extend(check_year(form, year));
        match &context.scoring {
            Some(params) => {
                findings.extend(audit_form(form, params));
                evaluations.push(evaluate(form, params).ok());
            }
            None => findings.extend(audit_form_arithmetic(form)),
        }
        // The analysis texts against the form's own figures: no scoring parameters needed.
        findings.extend(forms_text::check(form));
    }
    evaluations
}

/// Every relation the tables' own checks, the rules between tables and the 说明's stated
/// amounts (`narrative.amount`) test in `disclosure`, audited with the defaults, as edits, in
/// the order the audit checks them: what [`audit_with`] localizes failures over
/// (see [`crate::localize::localize`]). Each edit's `finding` is the index of its finding among
/// the findings of its own check.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::edits;
/// use final_accounts::disclosure::Disclosure;
/// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
/// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
/// let edits = edits(&disclosure);
/// // The seed's tables hold together: every relation holds, some by a rounding tail.
/// assert!(edits.len() > 100);
/// assert!(edits.iter().all(|e| e.holds));
/// # }
/// ```
#[must_use]
pub fn edits(disclosure: &Disclosure) -> Vec<crate::finding::Edit> {
    let mut edits = Vec::new();
    for &kind in disclosure.order() {
        edits.extend(disclosure.check_table_edits(kind).1);
    }
    edits.extend(cross::check_edits(disclosure).1);
    let context = AuditOptions::new().resolve(disclosure);
    edits.extend(narrative::check_edits(disclosure.narrative(), disclosure, &context.narrative).1);
    edits
}
