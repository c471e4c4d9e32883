//! A project's localized strings: the XLIFF files of its `Resources` folder,
//! in one `.lproj` folder per language (`en.lproj`, `fr_ca.lproj`, or a
//! legacy name such as `French.lproj`) and at the folder's top level (loaded
//! whatever the language). `Localized string`, `Get database localization`
//! and `SET DATABASE LOCALIZATION` read them; nothing here knows the
//! interpreter.
//!
//! 4D picks the language at startup (docs/commands-legacy/get-database-
//! localization.md): the first `.lproj` folder of the system's language, else
//! of 4D's, else English, else the first found. fourd's system and 4D are
//! English (docs/language.md §16), so: English if there is an English folder,
//! else the first folder in name order; without any, `"en"`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The language of a headless fourd run: its system's and its own.
pub const SYSTEM_LANGUAGE: &str = "en";

/// The legacy `.lproj` folder names 4D reads, with their RFC 3066 codes.
const LEGACY_NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("french", "fr"),
    ("german", "de"),
    ("spanish", "es"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("dutch", "nl"),
    ("portuguese", "pt"),
    ("swedish", "sv"),
    ("danish", "da"),
    ("norwegian", "no"),
    ("finnish", "fi"),
    ("chinese", "zh"),
    ("korean", "ko"),
    ("russian", "ru"),
    ("polish", "pl"),
    ("czech", "cs"),
    ("greek", "el"),
    ("turkish", "tr"),
    ("arabic", "ar"),
    ("hebrew", "he"),
];

/// The language folders of a `Resources` folder.
#[derive(Debug, Default, Clone)]
pub struct Resources {
    dir: Option<PathBuf>,
    /// (code, folder), in folder-name order.
    languages: Vec<(String, PathBuf)>,
}

/// A language's strings: resname → text.
#[derive(Debug, Default, Clone)]
pub struct Strings {
    map: HashMap<String, String>,
}

impl Strings {
    /// The string of a resname, exactly as written (XLIFF is case- and
    /// accent-sensitive: localized-string.md, "XLIFF is diacritical").
    pub fn get(&self, resname: &str) -> Option<&str> {
        self.map.get(resname).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The RFC 3066 code of an `.lproj` folder's stem: `fr_CA` → `fr-ca`,
/// `French` → `fr`.
pub fn folder_code(stem: &str) -> String {
    let code = stem.to_ascii_lowercase().replace('_', "-");
    LEGACY_NAMES
        .iter()
        .find(|(name, _)| *name == code)
        .map_or(code, |(_, c)| (*c).to_string())
}

impl Resources {
    /// The language folders under `root/Resources`.
    pub fn scan(root: Option<&Path>) -> Resources {
        let Some(dir) = root.map(|r| r.join("Resources")).filter(|d| d.is_dir()) else {
            return Resources::default();
        };
        let mut languages: Vec<(String, PathBuf)> = crate::project::sorted_entries(&dir)
            .into_iter()
            .filter(|p| p.is_dir())
            .filter_map(|p| {
                let name = p.file_name()?.to_str()?;
                let stem = name.strip_suffix(".lproj")?;
                Some((folder_code(stem), p.clone()))
            })
            .collect();
        languages.dedup_by(|a, b| a.0 == b.0);
        Resources {
            dir: Some(dir),
            languages,
        }
    }

    /// The language 4D chooses at startup (`Default localization`).
    pub fn default_language(&self) -> String {
        let english = |code: &str| code == "en" || code.starts_with("en-");
        self.languages
            .iter()
            .find(|(c, _)| c == SYSTEM_LANGUAGE)
            .or_else(|| self.languages.iter().find(|(c, _)| english(c)))
            .or_else(|| self.languages.first())
            .map_or_else(|| SYSTEM_LANGUAGE.to_string(), |(c, _)| c.clone())
    }

    /// Where `Localized document path` looks, in its order
    /// (commands-legacy/localized-document-path.md): the folders of the
    /// languages `codes` (each with and without its region), the first
    /// `.lproj` folder, then the top of `Resources`.
    pub fn document_folders(&self, codes: &[String]) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = Vec::new();
        for code in codes {
            let code = folder_code(code);
            let base = code.split('-').next().unwrap_or(&code).to_string();
            for wanted in [code, base] {
                if let Some((_, dir)) = self.languages.iter().find(|(c, _)| *c == wanted) {
                    out.push(dir.clone());
                }
            }
        }
        out.extend(self.languages.first().map(|(_, dir)| dir.clone()));
        out.extend(self.dir.clone());
        out
    }

    /// Whether a language has its folder (code compared without case, `_`
    /// as `-`).
    pub fn has_language(&self, code: &str) -> bool {
        let code = folder_code(code);
        self.languages.iter().any(|(c, _)| *c == code)
    }

    /// The strings of a language: its folder's files first, then the files at
    /// the top of `Resources`; within each, files in name order, and the
    /// first of several units with one resname wins. A file that is not
    /// well-formed XML is skipped.
    pub fn strings(&self, code: &str) -> Strings {
        let code = folder_code(code);
        let mut files = Vec::new();
        if let Some((_, folder)) = self.languages.iter().find(|(c, _)| *c == code) {
            files.extend(xlf_files(folder));
        }
        if let Some(dir) = &self.dir {
            files.extend(xlf_files(dir));
        }
        let mut strings = Strings::default();
        for f in files {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            let Ok(units) = parse(&decode(&bytes)) else {
                continue;
            };
            for (resname, text) in units {
                strings.map.entry(resname).or_insert(text);
            }
        }
        strings
    }
}

fn xlf_files(dir: &Path) -> Vec<PathBuf> {
    crate::project::sorted_entries(dir)
        .into_iter()
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|e| {
                    e.eq_ignore_ascii_case("xlf") || e.eq_ignore_ascii_case("xliff")
                })
        })
        .collect()
}

/// A file's text: UTF-16 when it starts with a UTF-16 byte-order mark, else
/// UTF-8 (its mark dropped).
fn decode(bytes: &[u8]) -> String {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, skip)) => enc
            .decode_without_bom_handling(&bytes[skip..])
            .0
            .into_owned(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The `(resname, text)` of each `trans-unit` of an XLIFF document: its
/// `<target>` when it has one, else its `<source>` (the text of the element
/// and of everything inside it).
pub fn parse(text: &str) -> Result<Vec<(String, String)>, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| e.to_string())?;
    let units = doc
        .descendants()
        .filter(|n| n.has_tag_name("trans-unit"))
        .filter_map(|unit| {
            let resname = unit.attribute("resname")?.to_string();
            let child = |name: &str| unit.children().find(|c| c.has_tag_name(name));
            let value = child("target").or_else(|| child("source"))?;
            let text: String = value
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            Some((resname, text))
        })
        .collect();
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The extract of docs/commands-legacy/localized-string.md.
    #[test]
    fn units_give_their_target_else_their_source() {
        let xlf = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">
<xliff version="1.0"><file source-language="en-US" target-language="fr-FR"><body>
   <trans-unit resname="Show on disk">
      <source>Show on disk</source>
      <target>Montrer sur le disque</target>
   </trans-unit>
   <group resname="g"><trans-unit id="2" resname="Only source"><source>Just &amp; this</source></trans-unit></group>
</body></file></xliff>"#;
        let units = parse(xlf).expect("parses");
        assert_eq!(
            units,
            [
                (
                    "Show on disk".to_string(),
                    "Montrer sur le disque".to_string()
                ),
                ("Only source".to_string(), "Just & this".to_string()),
            ]
        );
        assert!(parse("<xliff><trans-unit").is_err());
    }

    #[test]
    fn folder_names_become_language_codes() {
        assert_eq!(folder_code("fr_CA"), "fr-ca");
        assert_eq!(folder_code("French"), "fr");
        assert_eq!(folder_code("ja"), "ja");
    }

    #[test]
    fn english_first_else_the_first_folder() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let res = tmp.path().join("Resources");
        for f in ["fr.lproj", "ja.lproj"] {
            std::fs::create_dir_all(res.join(f)).expect("made");
        }
        assert_eq!(Resources::scan(Some(tmp.path())).default_language(), "fr");
        std::fs::create_dir_all(res.join("English.lproj")).expect("made");
        let r = Resources::scan(Some(tmp.path()));
        assert_eq!(r.default_language(), "en");
        assert!(r.has_language("FR") && !r.has_language("de"));
        assert_eq!(Resources::scan(None).default_language(), "en");
    }
}
