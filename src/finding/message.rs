use core::fmt;

use super::{Figure, Finding, Names};

/// The language of a rendered message.
///
/// ```
/// use final_accounts::finding::Lang;
/// assert_eq!("en".parse::<Lang>()?, Lang::En);
/// assert_eq!(Lang::Zh.to_string(), "zh");
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::VariantNames,
)]
#[strum(serialize_all = "snake_case")]
pub enum Lang {
    /// Chinese, the language of the documents.
    #[default]
    Zh,
    /// English.
    En,
}

crate::names::closed_set!(Lang, "language");

/// A message with a Chinese and an English wording. Placeholders: `{0}`, `{1}` … for the
/// finding's arguments; `{expected}`, `{actual}` for its figures; `{diff}` for
/// |actual − expected| of two amounts. Amounts in messages carry their unit.
///
/// ```
/// use final_accounts::finding::Template;
/// const T: Template = Template { zh: "缺少{0}", en: "{0} is missing" };
/// assert_eq!(T.placeholders().count(), 1);
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Template {
    /// The Chinese wording.
    pub zh: &'static str,
    /// The English wording.
    pub en: &'static str,
}

impl Template {
    /// The placeholders of the Chinese wording, in order (the English one has the same set).
    pub fn placeholders(&self) -> impl Iterator<Item = &'static str> {
        placeholders(self.zh)
    }
}

fn placeholders(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// A finding's message: its template and arguments, rendered on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The wording.
    pub template: &'static Template,
    /// The positional arguments.
    pub args: Vec<Figure>,
}

impl Message {
    /// A message without arguments (yet).
    #[must_use]
    pub fn new(template: &'static Template) -> Message {
        Message {
            template,
            args: Vec::new(),
        }
    }

    pub(crate) fn render(&self, finding: &Finding, names: &dyn Names, lang: Lang) -> String {
        let _ = names;
        let text = match lang {
            Lang::Zh => self.template.zh,
            Lang::En => self.template.en,
        };
        Rendered {
            text,
            finding,
            args: &self.args,
            en: lang == Lang::En,
        }
        .to_string()
    }
}

struct Rendered<'a> {
    text: &'static str,
    finding: &'a Finding,
    args: &'a [Figure],
    en: bool,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.text;
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            f.write_str(before)?;
            let after = after.get(1..).unwrap_or("");
            let Some((name, tail)) = after.split_once('}') else {
                f.write_str("{")?;
                rest = after;
                continue;
            };
            self.placeholder(f, name)?;
            rest = tail;
        }
        f.write_str(rest)
    }
}

impl Rendered<'_> {
    fn placeholder(&self, f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
        let figure = match name {
            "expected" => self.finding.expected.as_ref(),
            "actual" => self.finding.actual.as_ref(),
            "diff" => return self.difference(f),
            index => index.parse::<usize>().ok().and_then(|i| self.args.get(i)),
        };
        match figure {
            Some(figure) => figure.write(f, true, self.en),
            None => write!(f, "{{{name}}}"),
        }
    }

    fn difference(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (
            Some(Figure::Money {
                amount: expected, ..
            }),
            Some(Figure::Money {
                amount: actual,
                unit,
                decimals,
            }),
        ) = (&self.finding.expected, &self.finding.actual)
            && let Ok(diff) = actual.checked_sub(*expected)
        {
            let shown = Figure::Money {
                amount: diff.abs(),
                unit: *unit,
                decimals: *decimals,
            };
            return shown.write(f, true, self.en);
        }
        if let (
            Some(Figure::Percent { value: e, .. }),
            Some(Figure::Percent { value: a, decimals }),
        ) = (&self.finding.expected, &self.finding.actual)
            && let Some(diff) = a.checked_sub(*e)
        {
            return Figure::Percent {
                value: diff.abs(),
                decimals: *decimals,
            }
            .write(f, false, self.en);
        }
        f.write_str("{diff}")
    }
}
