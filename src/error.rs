//! Errors: what counts as bad input (exit status 2) and how a place in a source file is named.
//!
//! Everything the user hands us (flags, the catalog, descriptors, templates) is checked before any
//! work starts; a problem there is an `InputError` whose message names the file and, where there is
//! one, the line.

use std::fmt;

/// Bad input: a malformed file, an unknown key, an unknown --lang or --code. Exit status 2.
#[derive(Debug)]
pub struct InputError(pub String);

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// The exit status for an error: 2 for bad input or usage, 1 for anything else that went wrong
/// (an I/O failure while writing a report is not the user's input).
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if err.chain().any(|cause| cause.downcast_ref::<InputError>().is_some()) {
        2
    } else {
        1
    }
}

/// Shorthand for returning an input error built with `format!`.
macro_rules! input_error {
    ($($arg:tt)*) => {
        anyhow::Error::new($crate::error::InputError(format!($($arg)*)))
    };
}
pub(crate) use input_error;

/// A position in a source file, 1-based, for error messages.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// The line of a TOML document where `key` is set in `table` (None: at the top, before any
/// table header), for messages about a value that parsed but is wrong. None when the key is
/// written another way (dotted, inline).
pub fn line_of_key(text: &str, table: Option<&str>, key: &str) -> Option<usize> {
    let mut current: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            current = Some(line.trim_matches(['[', ']']).trim());
            continue;
        }
        let written = [key.to_string(), format!("\"{key}\""), format!("'{key}'")];
        let sets =
            written.iter().any(|w| line.strip_prefix(w.as_str()).is_some_and(|r| r.trim_start().starts_with('=')));
        if sets && current == table {
            return Some(i + 1);
        }
    }
    None
}

/// Formats a TOML parse error as `FILE:LINE: message`, one line.
pub fn toml_error(origin: &str, text: &str, err: &toml::de::Error) -> anyhow::Error {
    let message = err.message().trim().replace('\n', " ");
    match err.span() {
        Some(span) => input_error!("{origin}:{}: {message}", line_of(text, span.start)),
        None => input_error!("{origin}: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_in_their_table() {
        let text = "id = \"a\"\n[x]\nid = \"b\"\n\n[not-applicable]\n\"102\" = \"r\"\n'103'= \"r\"\n";
        assert_eq!(line_of_key(text, None, "id"), Some(1));
        assert_eq!(line_of_key(text, Some("x"), "id"), Some(3));
        assert_eq!(line_of_key(text, Some("not-applicable"), "102"), Some(6));
        assert_eq!(line_of_key(text, Some("not-applicable"), "103"), Some(7));
        assert_eq!(line_of_key(text, Some("not-applicable"), "104"), None);
    }
}
