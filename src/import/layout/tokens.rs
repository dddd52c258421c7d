//! The words of a layout line: runs of printed characters with where they start and end.

/// A run of printed characters on a line: where it starts and ends (in characters) and its
/// text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
}

impl Token {
    /// Twice the centre (to stay in whole numbers).
    pub(super) fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }
}

/// Whether a word is a number of some kind (figure, code, dash) that stands on its own even
/// when a single space separates it from the next word.
pub(super) fn is_numeric_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '－' | '%'))
}

/// Whether a word is an enumerator "1." that starts a name ("1. 副部（省）级及以上领导用车"):
/// one or two digits and a full stop, no figure.
fn is_enumerator(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|digits| {
        (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
    })
}

/// Splits a line into tokens: words separated by two spaces or more, or by one space when one
/// side is a number. Positions are counted in characters.
pub(crate) fn tokenize(line: &str) -> Vec<Token> {
    let mut words: Vec<Token> = Vec::new();
    let mut current: Option<Token> = None;
    for (i, c) in line.chars().enumerate() {
        if c.is_whitespace() {
            if let Some(word) = current.take() {
                words.push(word);
            }
        } else {
            match current.as_mut() {
                Some(word) => {
                    word.text.push(c);
                    word.end = i.saturating_add(1);
                }
                None => {
                    current = Some(Token {
                        start: i,
                        end: i.saturating_add(1),
                        text: c.to_string(),
                    });
                }
            }
        }
    }
    if let Some(word) = current {
        words.push(word);
    }
    let mut tokens: Vec<Token> = Vec::new();
    for word in words {
        match tokens.last_mut() {
            Some(last)
                if word.start.saturating_sub(last.end) <= 1
                    && !is_numeric_word(&word.text)
                    && (!is_numeric_word(last.text.rsplit(' ').next().unwrap_or_default())
                        || is_enumerator(&last.text)) =>
            {
                last.text.push(' ');
                last.text.push_str(&word.text);
                last.end = word.end;
            }
            _ => tokens.push(word),
        }
    }
    tokens
}

/// Splits a code printed against its name ("310资本性支出", "30207邮电费") into two tokens.
pub(super) fn split_glued(token: Token) -> Vec<Token> {
    let digits = token.text.chars().take_while(char::is_ascii_digit).count();
    let rest: String = token.text.chars().skip(digits).collect();
    if (3..=7).contains(&digits)
        && rest
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii() && !c.is_whitespace())
    {
        let code: String = token.text.chars().take(digits).collect();
        let at = token.start.saturating_add(digits);
        vec![
            Token {
                start: token.start,
                end: at,
                text: code,
            },
            Token {
                start: at,
                end: token.end,
                text: rest.trim().to_owned(),
            },
        ]
    } else {
        vec![token]
    }
}

/// The tokens of a line inside a table: glued codes split, and a code printed in 类/款/项
/// parts ("208 05 05") joined into one token.
pub(super) fn row_tokens(line: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = tokenize(line).into_iter().flat_map(split_glued).collect();
    if let Some(first) = tokens.first()
        && first.text.len() == 3
        && first.text.chars().all(|c| c.is_ascii_digit())
    {
        // 款 and 项 parts: two digits each, printed close after the 类.
        let mut end = first.end;
        let parts = tokens
            .iter()
            .skip(1)
            .take(2)
            .take_while(|t| {
                let part = t.text.len() == 2
                    && t.text.chars().all(|c| c.is_ascii_digit())
                    && t.start.saturating_sub(end) <= 4;
                end = t.end;
                part
            })
            .count();
        // What follows is a name, a figure with decimals or separators, or nothing.
        let then = tokens.get(parts.saturating_add(1)).map(|t| t.text.as_str());
        let fits = then.is_none_or(|t| !is_numeric_word(t) || t.contains(['.', ',']));
        if parts > 0 && fits {
            let joined: Vec<Token> = tokens.drain(..=parts).collect();
            let text = joined
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let start = joined.first().map_or(0, |t| t.start);
            let end = joined.last().map_or(start, |t| t.end);
            tokens.insert(0, Token { start, end, text });
        }
    }
    tokens
}
