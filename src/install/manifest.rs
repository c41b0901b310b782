//! Host manifests: rendering the templates in `manifest/`, and validating extension ids.

use super::browsers::Family;
use super::locations::HOST_NAME;
use regex::Regex;
use std::path::Path;
use std::sync::OnceLock;

const CHROMIUM_TEMPLATE: &str = include_str!("../../manifest/chromium.json");
const FIREFOX_TEMPLATE: &str = include_str!("../../manifest/firefox.json");
const DESCRIPTION: &str = "hirebridge: resume capture and sync for the recruiters' extension";

/// An allowed caller, as the user typed it, sorted into its family.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExtensionId {
    /// 32 letters a–p (the Chrome Web Store / Edge Add-ons / unpacked-with-key id).
    Chromium(String),
    /// `name@domain` or `{uuid}`.
    Firefox(String),
}

impl ExtensionId {
    pub fn as_str(&self) -> &str {
        match self {
            ExtensionId::Chromium(s) | ExtensionId::Firefox(s) => s,
        }
    }

    pub fn family(&self) -> Family {
        match self {
            ExtensionId::Chromium(_) => Family::Chromium,
            ExtensionId::Firefox(_) => Family::Firefox,
        }
    }

    /// Also accepts a full `chrome-extension://<id>/` origin, since that is what people copy.
    pub fn parse(raw: &str) -> Result<ExtensionId, String> {
        static FIREFOX: OnceLock<Regex> = OnceLock::new();
        let s = raw.trim();
        let s = s
            .strip_prefix("chrome-extension://")
            .map(|r| r.trim_end_matches('/'))
            .unwrap_or(s);
        if s.len() == 32 && s.bytes().all(|b| (b'a'..=b'p').contains(&b)) {
            return Ok(ExtensionId::Chromium(s.to_string()));
        }
        let firefox = FIREFOX.get_or_init(|| {
            Regex::new(
                r"^(?:[A-Za-z0-9._+-]+@[A-Za-z0-9._-]+|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$",
            )
            .expect("valid regex")
        });
        if firefox.is_match(s) {
            return Ok(ExtensionId::Firefox(s.to_string()));
        }
        let hint = if s.len() == 32 {
            "a Chrome/Edge id has only the letters a to p"
        } else if s.chars().all(|c| c.is_ascii_lowercase()) {
            "a Chrome/Edge id is exactly 32 letters a to p (see chrome://extensions with developer mode on)"
        } else {
            "expected a Chrome/Edge id (32 letters a to p) or a Firefox add-on id (name@example.com or {uuid})"
        };
        Err(format!(
            "invalid extension id {raw:?}: {hint} / 扩展 ID 无效：Chrome/Edge 为 32 个 a-p 字母，Firefox 为 name@example.com 或 {{uuid}}"
        ))
    }

    /// The string Chromium compares against the caller: `chrome-extension://<id>/`.
    pub fn origin(&self) -> String {
        format!("chrome-extension://{}/", self.as_str())
    }
}

/// The manifest text for one family. `ids` of the other family are ignored.
pub fn render(family: Family, binary: &Path, ids: &[ExtensionId]) -> String {
    let json_str = |s: &str| serde_json::to_string(s).expect("string serialises");
    let list = |items: Vec<String>| serde_json::to_string(&items).expect("list serialises");
    let mine = ids.iter().filter(|i| i.family() == family);
    let (template, placeholder, allowed) = match family {
        Family::Chromium => (
            CHROMIUM_TEMPLATE,
            "{{ALLOWED_ORIGINS}}",
            list(mine.map(|i| i.origin()).collect()),
        ),
        Family::Firefox => (
            FIREFOX_TEMPLATE,
            "{{ALLOWED_EXTENSIONS}}",
            list(mine.map(|i| i.as_str().to_string()).collect()),
        ),
    };
    // Values are inserted as JSON literals (quotes included), so paths with `\` or `"` stay valid.
    template
        .replace("\"{{NAME}}\"", &json_str(HOST_NAME))
        .replace("\"{{DESCRIPTION}}\"", &json_str(DESCRIPTION))
        .replace("\"{{PATH}}\"", &json_str(&binary.to_string_lossy()))
        .replace(placeholder, &allowed)
}

/// The allowed ids a manifest lists (origins turned back into ids), for comparison with the config.
pub fn allowed_ids(manifest: &serde_json::Value, family: Family) -> Option<Vec<String>> {
    let key = match family {
        Family::Chromium => "allowed_origins",
        Family::Firefox => "allowed_extensions",
    };
    let list = manifest.get(key)?.as_array()?;
    list.iter()
        .map(|v| {
            let s = v.as_str()?;
            Some(match family {
                Family::Chromium => s
                    .strip_prefix("chrome-extension://")
                    .map(|r| r.trim_end_matches('/'))
                    .unwrap_or(s)
                    .to_string(),
                Family::Firefox => s.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "abcdefghijklmnopabcdefghijklmnop";

    #[test]
    fn ids_are_classified_or_refused_with_a_reason() {
        assert_eq!(ExtensionId::parse(ID), Ok(ExtensionId::Chromium(ID.into())));
        assert_eq!(
            ExtensionId::parse(&format!("chrome-extension://{ID}/")),
            Ok(ExtensionId::Chromium(ID.into()))
        );
        assert_eq!(
            ExtensionId::parse("hirebridge@example.com"),
            Ok(ExtensionId::Firefox("hirebridge@example.com".into()))
        );
        assert!(matches!(
            ExtensionId::parse("{12345678-abcd-ef01-2345-6789abcdef01}"),
            Ok(ExtensionId::Firefox(_))
        ));
        let e = ExtensionId::parse("abcdefghijklmnopabcdefghijklmnoz").unwrap_err();
        assert!(e.contains("only the letters a to p"), "{e}");
        let e = ExtensionId::parse("abc").unwrap_err();
        assert!(e.contains("exactly 32"), "{e}");
        assert!(ExtensionId::parse("not an id!").is_err());
        assert!(ExtensionId::parse("{not-a-uuid}").is_err());
    }

    #[test]
    fn rendered_manifests_are_valid_json_with_the_right_fields() {
        let ids = vec![
            ExtensionId::Chromium(ID.into()),
            ExtensionId::Firefox("hb@example.com".into()),
        ];
        let bin = Path::new(r#"C:\Program Files\hire "bridge"\hirebridge.exe"#);
        let c: serde_json::Value =
            serde_json::from_str(&render(Family::Chromium, bin, &ids)).unwrap();
        assert_eq!(c["name"], "com.hirebridge.host");
        assert_eq!(c["type"], "stdio");
        assert_eq!(c["path"], bin.to_str().unwrap());
        assert_eq!(
            c["allowed_origins"],
            serde_json::json!([format!("chrome-extension://{ID}/")])
        );
        assert!(c.get("allowed_extensions").is_none());
        assert_eq!(allowed_ids(&c, Family::Chromium).unwrap(), [ID]);

        let f: serde_json::Value =
            serde_json::from_str(&render(Family::Firefox, bin, &ids)).unwrap();
        assert_eq!(
            f["allowed_extensions"],
            serde_json::json!(["hb@example.com"])
        );
        assert!(f.get("allowed_origins").is_none());
    }
}
