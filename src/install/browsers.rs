//! The browsers hirebridge registers with, and the two manifest families they read.

use std::fmt;

/// Chromium-based browsers take `allowed_origins`; Firefox-based ones take `allowed_extensions`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Chromium,
    Firefox,
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Chromium => "chromium",
            Family::Firefox => "firefox",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Browser {
    Chrome,
    ChromeBeta,
    /// Google's "dev" channel, which Linux packages call "unstable".
    ChromeDev,
    Chromium,
    Edge,
    Brave,
    Vivaldi,
    Firefox,
    LibreWolf,
}

impl Browser {
    pub const ALL: [Browser; 9] = [
        Browser::Chrome,
        Browser::ChromeBeta,
        Browser::ChromeDev,
        Browser::Chromium,
        Browser::Edge,
        Browser::Brave,
        Browser::Vivaldi,
        Browser::Firefox,
        Browser::LibreWolf,
    ];

    /// The name used on the command line and in the install record.
    pub fn id(self) -> &'static str {
        match self {
            Browser::Chrome => "chrome",
            Browser::ChromeBeta => "chrome-beta",
            Browser::ChromeDev => "chrome-dev",
            Browser::Chromium => "chromium",
            Browser::Edge => "edge",
            Browser::Brave => "brave",
            Browser::Vivaldi => "vivaldi",
            Browser::Firefox => "firefox",
            Browser::LibreWolf => "librewolf",
        }
    }

    pub fn display_name(self) -> &'static str {
        match self {
            Browser::Chrome => "Google Chrome",
            Browser::ChromeBeta => "Google Chrome Beta",
            Browser::ChromeDev => "Google Chrome Dev",
            Browser::Chromium => "Chromium",
            Browser::Edge => "Microsoft Edge",
            Browser::Brave => "Brave",
            Browser::Vivaldi => "Vivaldi",
            Browser::Firefox => "Firefox",
            Browser::LibreWolf => "LibreWolf",
        }
    }

    pub fn family(self) -> Family {
        match self {
            Browser::Firefox | Browser::LibreWolf => Family::Firefox,
            _ => Family::Chromium,
        }
    }

    /// Accepts the ids above plus the names people actually type.
    pub fn parse(s: &str) -> Result<Browser, String> {
        let b = match s.trim().to_ascii_lowercase().as_str() {
            "chrome" | "google-chrome" | "google-chrome-stable" | "chrome-stable" => {
                Browser::Chrome
            }
            "chrome-beta" | "google-chrome-beta" => Browser::ChromeBeta,
            "chrome-dev" | "chrome-unstable" | "google-chrome-unstable" | "google-chrome-dev" => {
                Browser::ChromeDev
            }
            "chromium" | "chromium-browser" => Browser::Chromium,
            "edge" | "msedge" | "microsoft-edge" => Browser::Edge,
            "brave" | "brave-browser" => Browser::Brave,
            "vivaldi" => Browser::Vivaldi,
            "firefox" | "mozilla-firefox" => Browser::Firefox,
            "librewolf" => Browser::LibreWolf,
            other => {
                let known: Vec<&str> = Browser::ALL.iter().map(|b| b.id()).collect();
                return Err(format!(
                    "unknown browser {other:?}; known: {}",
                    known.join(", ")
                ));
            }
        };
        Ok(b)
    }
}

impl fmt::Display for Browser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.display_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_parses_back_to_itself() {
        for b in Browser::ALL {
            assert_eq!(Browser::parse(b.id()), Ok(b));
        }
        assert_eq!(
            Browser::parse("google-chrome-unstable"),
            Ok(Browser::ChromeDev)
        );
        assert!(Browser::parse("netscape")
            .unwrap_err()
            .contains("librewolf"));
    }
}
