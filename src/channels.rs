//! Job boards ("channels") and their ids: data, overridable in the config file.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: i64,
    pub name: String,
    /// Registrable domain; any host equal to it or ending in `.<host>` belongs to the board.
    pub host: String,
    pub download: bool,
    pub refresh: bool,
}

/// Channel id given to pages of sites that are not in the table (the generic extractor).
pub const OTHER_SITE: i64 = 0;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelTable {
    channels: Vec<Channel>,
}

impl Default for ChannelTable {
    fn default() -> Self {
        let row = |id, name: &str, host: &str, download, refresh| Channel {
            id,
            name: name.to_string(),
            host: host.to_string(),
            download,
            refresh,
        };
        ChannelTable {
            channels: vec![
                row(1, "智联招聘", "zhaopin.com", true, true),
                row(2, "前程无忧", "51job.com", true, true),
                row(3, "58同城", "58.com", true, true),
                row(4, "赶集网", "ganji.com", true, true),
                row(5, "杭州人才网", "hzrc.com", true, true),
                row(6, "中华英才网", "chinahr.com", true, true),
                row(7, "大街网", "dajie.com", true, true),
                row(8, "BOSS直聘", "zhipin.com", false, false),
                row(10, "猎聘", "liepin.com", true, true),
                row(13, "拉勾", "lagou.com", false, false),
                row(16, "实习僧", "shixiseng.com", false, true),
            ],
        }
    }
}

impl ChannelTable {
    /// The default table with `overrides` replacing (by id) or adding rows.
    pub fn with_overrides(overrides: &[Channel]) -> Self {
        let mut table = ChannelTable::default();
        for o in overrides {
            match table.channels.iter_mut().find(|c| c.id == o.id) {
                Some(c) => *c = o.clone(),
                None => table.channels.push(o.clone()),
            }
        }
        table
    }

    pub fn get(&self, id: i64) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    pub fn all(&self) -> &[Channel] {
        &self.channels
    }

    /// The board a page belongs to, from the URL's host.
    pub fn for_host(&self, host: &str) -> Option<&Channel> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.channels.iter().find(|c| {
            host == c.host
                || host
                    .strip_suffix(c.host.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
        })
    }

    /// Display name for messages; unknown ids are named by number.
    pub fn name(&self, id: i64) -> String {
        self.get(id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| format!("渠道{id}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_whole_labels_only() {
        let t = ChannelTable::default();
        assert_eq!(t.for_host("rd5.zhaopin.com").map(|c| c.id), Some(1));
        assert_eq!(t.for_host("zhaopin.com").map(|c| c.id), Some(1));
        assert_eq!(t.for_host("ehire.51job.com").map(|c| c.id), Some(2));
        assert_eq!(t.for_host("employer.58.com").map(|c| c.id), Some(3));
        assert!(t.for_host("notzhaopin.com").is_none());
        assert!(t.for_host("example.org").is_none());
    }

    #[test]
    fn overrides_replace_and_add() {
        let t = ChannelTable::with_overrides(&[Channel {
            id: 99,
            name: "测试".into(),
            host: "test.example".into(),
            download: false,
            refresh: false,
        }]);
        assert_eq!(t.get(99).unwrap().name, "测试");
        assert_eq!(t.get(1).unwrap().name, "智联招聘");
    }
}
