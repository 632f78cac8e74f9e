//! Syntax highlighting at build time: a language's Markdown fence tag picks a syntect syntax
//! (plain text when there is none), and a snippet becomes HTML whose spans carry CSS classes
//! (`sg-` prefixed scope names), never inline styles. The style sheet for those classes is
//! generated here from two syntect themes, one for each color scheme, with every color moved
//! just far enough from its background to read at WCAG AA contrast (4.5:1).

use std::cell::RefCell;
use std::collections::HashMap;

use anyhow::{Context, Result};
use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, line_tokens_to_classed_spans, ClassStyle};
use syntect::parsing::{ParseState, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// The prefix of every highlighting class, so that no class of the theme's own CSS is hit.
pub const PREFIX: &str = "sg-";
const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: PREFIX };

/// The code block's background in each scheme; the page's CSS uses the same values.
pub const LIGHT_BACKGROUND: Rgb = Rgb(0xf6, 0xf8, 0xfa);
pub const DARK_BACKGROUND: Rgb = Rgb(0x16, 0x1b, 0x22);
/// Slightly above AA's 4.5, so that rounding to whole color channels never drops below it.
const MIN_CONTRAST: f64 = 4.6;

/// Fence tags and the syntect syntax (by name) that reads them. A tag not listed here is looked
/// up by syntect's own names and extensions; a tag nothing knows is plain text.
const FENCES: &[(&str, &str)] = &[
    ("python", "Python"),
    ("py", "Python"),
    ("javascript", "JavaScript"),
    ("js", "JavaScript"),
    ("node", "JavaScript"),
    ("php", "PHP"),
    ("go", "Go"),
    ("golang", "Go"),
    ("java", "Java"),
    ("ruby", "Ruby"),
    ("rb", "Ruby"),
    ("rust", "Rust"),
    ("rs", "Rust"),
    // syntect's default set has no nginx syntax: its configuration is shown as plain text.
    ("nginx", "Plain Text"),
];

/// One thread's highlighter: the syntaxes, loaded once per build and shared by every thread,
/// and the lines this thread has already highlighted. The snippets of one stack share most of
/// their lines (imports, the handler's head, closing braces: 3,757 distinct lines among 13,745),
/// and a line's HTML depends only on the line and the parser's state before it, so a line met
/// again in the same state is taken from `memo` instead of being parsed again: the output is the
/// same, in a third of the time. The memo is the thread's own: a parser state holds the regex
/// engine's match buffers, which cannot cross threads, and the cells are split by syntax, so
/// threads rarely meet the same lines.
pub struct Highlighter<'s> {
    syntaxes: &'s SyntaxSet,
    memo: RefCell<HashMap<(String, String), Vec<Memo>>>,
}

/// One highlighted line: the state it was parsed in, its HTML, and the state after it.
struct Memo {
    before: (ParseState, ScopeStack),
    html: String,
    open_spans: isize,
    after: (ParseState, ScopeStack),
}

/// The syntaxes every highlighter of a build shares: syntect's default set.
pub fn syntaxes() -> SyntaxSet {
    SyntaxSet::load_defaults_newlines()
}

impl<'s> Highlighter<'s> {
    pub fn new(syntaxes: &'s SyntaxSet) -> Highlighter<'s> {
        Highlighter { syntaxes, memo: RefCell::new(HashMap::new()) }
    }

    /// The syntax for a fence tag; plain text when none fits.
    pub fn syntax_for(&self, fence: &str) -> &'s SyntaxReference {
        let fence = fence.trim().to_ascii_lowercase();
        let named = FENCES.iter().find(|(tag, _)| *tag == fence).map(|(_, name)| *name);
        let found = match named {
            Some(name) => self.syntaxes.find_syntax_by_name(name),
            None if fence.is_empty() => None,
            None => self.syntaxes.find_syntax_by_token(&fence),
        };
        found.unwrap_or_else(|| self.syntaxes.find_syntax_plain_text())
    }

    /// The snippet as HTML: text escaped, tokens wrapped in `<span class="sg-...">`. The text
    /// (what the spans hold, unescaped) is exactly `code`.
    pub fn highlight(&self, code: &str, fence: &str) -> Result<String> {
        let syntax = self.syntax_for(fence);
        if syntax.name == "PHP" {
            if let Some(html) = self.php_block(code)? {
                return Ok(html);
            }
        }
        self.lines(code, syntax)
    }

    /// What syntect's ClassedHTMLGenerator does, line by line, with the memo.
    fn lines(&self, code: &str, syntax: &SyntaxReference) -> Result<String> {
        let mut state = (ParseState::new(syntax), ScopeStack::new());
        let mut open_spans = 0;
        let mut out = String::with_capacity(code.len() * 8);
        for line in LinesWithEndings::from(code) {
            let key = (syntax.name.clone(), line.to_string());
            let known = {
                let memo = self.memo.borrow();
                memo.get(&key).and_then(|seen| seen.iter().find(|m| m.before == state)).map(|m| {
                    out.push_str(&m.html);
                    open_spans += m.open_spans;
                    m.after.clone()
                })
            };
            if let Some(after) = known {
                state = after;
                continue;
            }
            let before = state.clone();
            let ops = state
                .0
                .parse_line(line, self.syntaxes)
                .with_context(|| format!("cannot highlight a line as {}", syntax.name))?;
            let (html, delta) = line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut state.1)
                .with_context(|| format!("cannot highlight a line as {}", syntax.name))?;
            out.push_str(&html);
            open_spans += delta;
            let memo = Memo { before, html, open_spans: delta, after: state.clone() };
            self.memo.borrow_mut().entry(key).or_default().push(memo);
        }
        for _ in 0..open_spans {
            out.push_str("</span>");
        }
        Ok(out)
    }

    /// A PHP file that is one PHP block (`<?php` on its first line, `?>` alone on its last and
    /// nowhere else), highlighted as "PHP Source" between its tags. syntect's "PHP" syntax reads
    /// a file as HTML with PHP embedded, which costs five times as much per line; the tags get
    /// the classes that syntax gives them. None for any other PHP file.
    fn php_block(&self, code: &str) -> Result<Option<String>> {
        let Some(body) = code.strip_prefix("<?php\n") else { return Ok(None) };
        let (body, close) = match body.strip_suffix("?>\n") {
            Some(b) => (b, "?>\n"),
            None => match body.strip_suffix("?>") {
                Some(b) => (b, "?>"),
                None => (body, ""),
            },
        };
        if !(body.is_empty() || body.ends_with('\n')) || body.contains("?>") || body.contains("<?") {
            return Ok(None);
        }
        let Some(source) = self.syntaxes.find_syntax_by_name("PHP Source") else { return Ok(None) };
        let tag = |text: &str, edge: &str| {
            format!("<span class=\"{PREFIX}punctuation {PREFIX}section {PREFIX}embedded {PREFIX}{edge} {PREFIX}php\">{text}</span>")
        };
        let mut out = tag("&lt;?php", "begin");
        out.push('\n');
        out.push_str(&self.lines(body, source)?);
        if !close.is_empty() {
            out.push_str(&tag("?&gt;", "end"));
            out.push_str(&close[2..]);
        }
        Ok(Some(out))
    }
}

/// The CSS for the highlighting classes: the light theme under `prefers-color-scheme: light`,
/// the dark one under `dark`, so that neither's rules leak into the other scheme. A browser
/// that knows neither shows the code in the page's text color.
pub fn css() -> Result<String> {
    let themes = ThemeSet::load_defaults();
    let mut out = String::new();
    for (scheme, theme, background) in
        [("light", "InspiredGitHub", LIGHT_BACKGROUND), ("dark", "base16-ocean.dark", DARK_BACKGROUND)]
    {
        let theme = themes.themes.get(theme).with_context(|| format!("syntect has no theme {theme}"))?;
        let css = css_for_theme_with_class_style(theme, CLASS_STYLE).context("cannot write the theme's CSS")?;
        out.push_str(&format!("@media (prefers-color-scheme: {scheme}) {{\n"));
        out.push_str(&readable(&css, background));
        out.push_str("}\n");
    }
    Ok(out)
}

/// The theme's CSS with backgrounds dropped (the page sets the code block's) and each text color
/// adjusted until it has at least `MIN_CONTRAST` against `background`.
fn readable(css: &str, background: Rgb) -> String {
    let mut out = String::with_capacity(css.len());
    for line in css.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("background-color:") {
            continue;
        }
        if let Some(color) = trimmed.strip_prefix("color:").and_then(|v| Rgb::parse(v.trim().trim_end_matches(';'))) {
            out.push_str(&format!("  color: {};\n", color.readable_on(background)));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A color as CSS writes it, `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Rgb {
    fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This color, or the nearest mix of it with black (on a light background) or white (on a
    /// dark one) that reaches `MIN_CONTRAST`: the hue stays recognizable.
    pub fn readable_on(self, background: Rgb) -> Rgb {
        let toward = if background.luminance() > 0.5 { Rgb(0, 0, 0) } else { Rgb(255, 255, 255) };
        let mix = |t: f64| {
            let channel = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            Rgb(channel(self.0, toward.0), channel(self.1, toward.1), channel(self.2, toward.2))
        };
        (0..=100)
            .map(|step| mix(f64::from(step) / 100.0))
            .find(|c| c.contrast(background) >= MIN_CONTRAST)
            .unwrap_or(toward)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_map_to_their_syntax_and_unknown_ones_to_plain_text() {
        let set = syntaxes();
        let h = Highlighter::new(&set);
        for (fence, syntax) in [
            ("python", "Python"),
            ("javascript", "JavaScript"),
            ("php", "PHP"),
            ("go", "Go"),
            ("java", "Java"),
            ("ruby", "Ruby"),
            ("rust", "Rust"),
            ("Python", "Python"),
            ("nginx", "Plain Text"),
            ("no-such-language", "Plain Text"),
            ("", "Plain Text"),
        ] {
            assert_eq!(h.syntax_for(fence).name, syntax, "fence `{fence}`");
        }
    }

    #[test]
    fn every_built_in_fence_but_nginx_is_highlighted() {
        let set = syntaxes();
        let h = Highlighter::new(&set);
        let project = crate::project::Project::load(&crate::assets::Overrides::default()).unwrap();
        for lang in &project.languages {
            let plain = h.syntax_for(&lang.fence).name == "Plain Text";
            assert_eq!(plain, lang.fence == "nginx", "{}: fence `{}`", lang.id, lang.fence);
        }
    }

    #[test]
    fn highlighting_uses_classes_and_keeps_the_text() {
        let set = syntaxes();
        let h = Highlighter::new(&set);
        let code = "if a < b and c > \"&\":\n    print('x')\n";
        let html = h.highlight(code, "python").unwrap();
        assert!(html.contains("<span class=\"sg-"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("&lt;") && html.contains("&amp;") && !html.contains(" < "), "{html}");
        let text = regex::Regex::new("<[^>]*>").unwrap().replace_all(&html, "");
        let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
        assert_eq!(text.replace("&amp;", "&"), code);
    }

    #[test]
    fn a_php_block_keeps_its_tags_and_text() {
        let set = syntaxes();
        let h = Highlighter::new(&set);
        let code = "<?php\nhttp_response_code(503);\necho 'a < b';\n?>\n";
        let html = h.highlight(code, "php").unwrap();
        assert!(
            html.starts_with("<span class=\"sg-punctuation sg-section sg-embedded sg-begin sg-php\">&lt;?php</span>\n"),
            "{html}"
        );
        assert!(html.contains("sg-end sg-php\">?&gt;</span>\n"), "{html}");
        let text = regex::Regex::new("<[^>]*>").unwrap().replace_all(&html, "");
        assert_eq!(text.replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'"), code);
        // Not one block: the HTML-embedding syntax, whole.
        let mixed = "<?php echo 1; ?>\n<p>hi</p>\n";
        assert!(h.highlight(mixed, "php").unwrap().contains("sg-text sg-html"));
    }

    #[test]
    fn lines_met_again_give_the_same_html() {
        let set = syntaxes();
        let fresh = Highlighter::new(&set);
        let code = "def a():\n    return 1\n\ndef a():\n    return 1\n";
        let first = fresh.highlight(code, "python").unwrap();
        assert_eq!(fresh.highlight(code, "python").unwrap(), first);
        assert_eq!(Highlighter::new(&set).highlight(&format!("x = 1\n{code}"), "python").unwrap(), {
            let again = Highlighter::new(&set);
            again.highlight("x = 1\n", "python").unwrap();
            again.highlight(&format!("x = 1\n{code}"), "python").unwrap()
        });
    }

    #[test]
    fn theme_colors_reach_aa_contrast_in_both_schemes() {
        let css = css().unwrap();
        assert!(
            css.contains("@media (prefers-color-scheme: light)") && css.contains("@media (prefers-color-scheme: dark)")
        );
        assert!(!css.contains("background-color"), "backgrounds are the page's");
        let mut scheme = LIGHT_BACKGROUND;
        let mut colors = 0;
        for line in css.lines() {
            if line.contains("prefers-color-scheme: dark") {
                scheme = DARK_BACKGROUND;
            }
            if let Some(c) = line.trim().strip_prefix("color:").and_then(|v| Rgb::parse(v.trim().trim_end_matches(';')))
            {
                assert!(c.contrast(scheme) >= 4.5, "{c} on {scheme}: {}", c.contrast(scheme));
                colors += 1;
            }
        }
        assert!(colors > 20, "{colors} colors");
    }

    #[test]
    fn contrast_is_wcag_s() {
        assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x76, 0x76, 0x76).contrast(Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
        // A light gray on white is darkened, black on white stays.
        let fixed = Rgb(0x96, 0x98, 0x96).readable_on(Rgb(255, 255, 255));
        assert!(fixed.contrast(Rgb(255, 255, 255)) >= 4.5 && fixed != Rgb(0x96, 0x98, 0x96));
        assert_eq!(Rgb(0, 0, 0).readable_on(Rgb(255, 255, 255)), Rgb(0, 0, 0));
    }
}
