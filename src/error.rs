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

/// Formats a TOML parse error as `FILE:LINE: message`, one line.
pub fn toml_error(origin: &str, text: &str, err: &toml::de::Error) -> anyhow::Error {
    let message = err.message().trim().replace('\n', " ");
    match err.span() {
        Some(span) => input_error!("{origin}:{}: {message}", line_of(text, span.start)),
        None => input_error!("{origin}: {message}"),
    }
}
