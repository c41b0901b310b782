//! Stable error codes and the Chinese message a recruiter sees for each.

use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    BadRequest,
    UnknownType,
    MessageTooLarge,
    ResponseTooLarge,
    UnknownChannel,
    UnknownResume,
    NotAResume,
    ChannelNotLoggedIn,
    DownloadUnsupported,
    InsufficientPoints,
    RefreshFailed,
    CentralUnreachable,
    CentralError,
    NotConfigured,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 15] = [
        ErrorCode::BadRequest,
        ErrorCode::UnknownType,
        ErrorCode::MessageTooLarge,
        ErrorCode::ResponseTooLarge,
        ErrorCode::UnknownChannel,
        ErrorCode::UnknownResume,
        ErrorCode::NotAResume,
        ErrorCode::ChannelNotLoggedIn,
        ErrorCode::DownloadUnsupported,
        ErrorCode::InsufficientPoints,
        ErrorCode::RefreshFailed,
        ErrorCode::CentralUnreachable,
        ErrorCode::CentralError,
        ErrorCode::NotConfigured,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::UnknownType => "unknown_type",
            ErrorCode::MessageTooLarge => "message_too_large",
            ErrorCode::ResponseTooLarge => "response_too_large",
            ErrorCode::UnknownChannel => "unknown_channel",
            ErrorCode::UnknownResume => "unknown_resume",
            ErrorCode::NotAResume => "not_a_resume",
            ErrorCode::ChannelNotLoggedIn => "channel_not_logged_in",
            ErrorCode::DownloadUnsupported => "download_unsupported",
            ErrorCode::InsufficientPoints => "insufficient_points",
            ErrorCode::RefreshFailed => "refresh_failed",
            ErrorCode::CentralUnreachable => "central_unreachable",
            ErrorCode::CentralError => "central_error",
            ErrorCode::NotConfigured => "not_configured",
            ErrorCode::Internal => "internal",
        }
    }

    pub fn from_code(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// The message shown when nothing more specific is known.
    pub fn default_msg(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "请求格式不正确，请刷新页面后重试",
            ErrorCode::UnknownType => "未知的请求类型，请升级插件或桌面助手",
            ErrorCode::MessageTooLarge => "页面内容过大（超过 64 MB），无法处理",
            ErrorCode::ResponseTooLarge => "结果内容过大（超过 1 MB），无法返回给浏览器",
            ErrorCode::UnknownChannel => "未知的招聘渠道",
            ErrorCode::UnknownResume => "没有该ID简历",
            ErrorCode::NotAResume => "当前页面不是简历页面，或没有可以提取的简历内容",
            ErrorCode::ChannelNotLoggedIn => "该招聘网站账号未登录，请先登录后重试",
            ErrorCode::DownloadUnsupported => "该渠道暂时不提供下载简历功能",
            ErrorCode::InsufficientPoints => "下载点数不足或解析失败",
            ErrorCode::RefreshFailed => "职位刷新失败",
            ErrorCode::CentralUnreachable => "无法连接简历服务器，请检查网络后重试",
            ErrorCode::CentralError => "简历服务器处理失败，请稍后重试",
            ErrorCode::NotConfigured => "尚未配置简历服务器地址，请联系管理员完成设置",
            ErrorCode::Internal => "桌面助手内部错误，请重试；如仍失败请联系技术支持",
        }
    }
}

/// A handler's failure: the code, the recruiter-facing message, and any fields the reply must
/// still carry (e.g. `resumeId` and `channelId` on a failed download).
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub code: ErrorCode,
    pub msg: String,
    pub fields: Map<String, Value>,
}

impl Failure {
    pub fn new(code: ErrorCode) -> Failure {
        Failure {
            code,
            msg: code.default_msg().to_string(),
            fields: Map::new(),
        }
    }

    pub fn msg(code: ErrorCode, msg: impl Into<String>) -> Failure {
        Failure {
            code,
            msg: msg.into(),
            fields: Map::new(),
        }
    }

    pub fn bad_request(what: impl Into<String>) -> Failure {
        Failure::msg(ErrorCode::BadRequest, what)
    }

    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Failure {
        self.fields.insert(key.to_string(), value.into());
        self
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Failure {
        log::error!("store error: {e}");
        Failure::msg(
            ErrorCode::Internal,
            "本地数据库读写失败，请重试；如仍失败请运行 hirebridge doctor 检查",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_have_chinese_messages() {
        for c in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_code(c.as_str()), Some(c));
            assert!(c
                .default_msg()
                .chars()
                .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)));
        }
    }
}
