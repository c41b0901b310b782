//! Request shapes the plugin family sends, and replies in the matching shape.
//!
//! PROTOCOL.md §2: bare, `JsToPython`, `pluginToPython`, the old desktop client's
//! `ClientToPython.LoginInit`, and any of them double-encoded as a JSON string.

use super::errors::{ErrorCode, Failure};
use serde_json::{json, Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Bare,
    JsToPython,
    PluginToPython,
    ClientLoginInit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub shape: Shape,
    /// The message object itself (inside its wrapper).
    pub body: Map<String, Value>,
}

/// What a reply must echo even when the request could not be understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Echo {
    pub shape: Shape,
    pub r#type: Option<String>,
    pub timestamp: Option<Value>,
    pub request_id: Option<Value>,
}

impl Request {
    pub fn r#type(&self) -> Option<&str> {
        self.body.get("type").and_then(Value::as_str)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.body.get(key)
    }

    pub fn echo(&self) -> Echo {
        Echo {
            shape: self.shape,
            r#type: self.r#type().map(str::to_string),
            timestamp: self.body.get("timestamp").cloned(),
            request_id: self.body.get("requestId").cloned(),
        }
    }
}

impl Echo {
    pub fn unknown() -> Echo {
        Echo {
            shape: Shape::Bare,
            r#type: None,
            timestamp: None,
            request_id: None,
        }
    }
}

/// A request that could not be understood, with what its `bad_request` reply should echo.
#[derive(Debug)]
pub struct Rejected {
    pub echo: Echo,
    pub failure: Failure,
}

/// Parses one frame body.
pub fn parse(bytes: &[u8]) -> Result<Request, Box<Rejected>> {
    let bad = |echo: Echo, why: &str| {
        Err(Box::new(Rejected {
            echo,
            failure: Failure::bad_request(why),
        }))
    };
    let mut value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(_) if std::str::from_utf8(bytes).is_err() => {
            return bad(Echo::unknown(), "请求不是有效的 UTF-8 文本")
        }
        Err(_) => return bad(Echo::unknown(), "请求不是有效的 JSON"),
    };
    // The old desktop client double-encoded: unwrap one level of JSON-in-a-string.
    if let Value::String(s) = &value {
        match serde_json::from_str(s) {
            Ok(inner) => value = inner,
            Err(_) => return bad(Echo::unknown(), "请求不是有效的 JSON 对象"),
        }
    }
    let Value::Object(mut outer) = value else {
        return bad(Echo::unknown(), "请求必须是 JSON 对象");
    };

    let (shape, body) = if let Some(inner) = take_wrapped(&mut outer, "JsToPython") {
        (Shape::JsToPython, inner)
    } else if let Some(inner) = take_wrapped(&mut outer, "pluginToPython") {
        (Shape::PluginToPython, inner)
    } else if let Some(login) = outer
        .get("ClientToPython")
        .and_then(|c| c.get("LoginInit"))
        .and_then(Value::as_object)
    {
        let mut body = Map::new();
        body.insert("type".into(), json!("LoginInit"));
        if let Some(a) = login.get("Account") {
            body.insert("account".into(), a.clone());
        }
        if let Some(c) = login.get("CompID") {
            body.insert("orgId".into(), c.clone());
        }
        (Shape::ClientLoginInit, Some(Value::Object(body)))
    } else {
        (Shape::Bare, Some(Value::Object(outer)))
    };

    let body = match body {
        Some(Value::Object(m)) => m,
        _ => {
            let echo = Echo {
                shape,
                ..Echo::unknown()
            };
            return bad(echo, "请求的消息体必须是 JSON 对象");
        }
    };
    let req = Request { shape, body };
    match req.body.get("type") {
        Some(Value::String(t)) if !t.is_empty() => Ok(req),
        _ => {
            let mut echo = req.echo();
            echo.r#type = None;
            Err(Box::new(Rejected {
                echo,
                failure: Failure::bad_request("请求缺少 type 字段"),
            }))
        }
    }
}

/// `{"JsToPython": {...}}` or `{"JsToPython": "{...}"}` (double-encoded inner object).
fn take_wrapped(outer: &mut Map<String, Value>, key: &str) -> Option<Option<Value>> {
    let inner = outer.remove(key)?;
    Some(match inner {
        Value::String(s) => serde_json::from_str(&s).ok(),
        v => Some(v),
    })
}

/// Builds the reply object for a request: `type`, `timestamp`, `requestId`, `ok`, then the
/// handler's fields (or `code`/`msg` and the failure's fields), wrapped like the request.
pub fn reply(echo: &Echo, outcome: Result<Map<String, Value>, Failure>) -> Value {
    let mut m = Map::new();
    let reply_type = match echo.r#type.as_deref() {
        // Existing plugin code listens for isLogin only.
        Some("isLogin_auto") => Some("isLogin"),
        t => t,
    };
    m.insert("type".into(), reply_type.map_or(Value::Null, |t| json!(t)));
    let ts = echo
        .timestamp
        .clone()
        .unwrap_or_else(|| json!(chrono::Utc::now().timestamp_millis()));
    m.insert("timestamp".into(), ts);
    if let Some(id) = &echo.request_id {
        m.insert("requestId".into(), id.clone());
    }
    let ok = outcome.is_ok();
    m.insert("ok".into(), json!(ok));
    match outcome {
        Ok(fields) => {
            for (k, v) in fields {
                // A handler never overrides the envelope fields.
                if !matches!(k.as_str(), "type" | "timestamp" | "requestId" | "ok") {
                    m.insert(k, v);
                }
            }
        }
        Err(f) => {
            m.insert("code".into(), json!(f.code.as_str()));
            m.insert("msg".into(), json!(f.msg));
            for (k, v) in f.fields {
                if !matches!(
                    k.as_str(),
                    "type" | "timestamp" | "requestId" | "ok" | "code" | "msg"
                ) {
                    m.insert(k, v);
                }
            }
        }
    }
    wrap(echo.shape, m)
}

fn wrap(shape: Shape, m: Map<String, Value>) -> Value {
    match shape {
        Shape::Bare => Value::Object(m),
        Shape::JsToPython => json!({ "PythonToJs": m }),
        Shape::PluginToPython => json!({ "PythonToPlugin": m }),
        Shape::ClientLoginInit => {
            let ok = m.get("ok") == Some(&Value::Bool(true));
            let mut inner = json!({
                "result": if ok { "0" } else { "1" },
                "desc": if ok { "正确".to_string() } else {
                    m.get("msg").and_then(Value::as_str).unwrap_or("错误").to_string()
                },
            });
            if !ok {
                inner["code"] = m.get("code").cloned().unwrap_or(Value::Null);
            }
            json!({ "ClientToPython": inner })
        }
    }
}

/// The reply sent instead of one that would break the browser's 1 MiB limit.
pub fn too_large_reply(echo: &Echo) -> Value {
    reply(echo, Err(Failure::new(ErrorCode::ResponseTooLarge)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Request, Box<(Echo, Failure)>> {
        parse(s.as_bytes()).map_err(|r| Box::new((r.echo, r.failure)))
    }

    #[test]
    fn bare_and_wrapped_shapes() {
        assert_eq!(p(r#"{"type":"hello"}"#).unwrap().shape, Shape::Bare);
        let r = p(r#"{"JsToPython":{"type":"isLogin","channels":[1]}}"#).unwrap();
        assert_eq!((r.shape, r.r#type()), (Shape::JsToPython, Some("isLogin")));
        let r = p(r#"{"pluginToPython":{"type":"crawl_save","resumeId":"1"}}"#).unwrap();
        assert_eq!(r.shape, Shape::PluginToPython);
        let r =
            p(r#"{"ClientToPython":{"LoginInit":{"Account":"zhanghu","CompID":"ab"}}}"#).unwrap();
        assert_eq!(r.shape, Shape::ClientLoginInit);
        assert_eq!(r.get("account"), Some(&json!("zhanghu")));
    }

    #[test]
    fn double_encoded_is_unwrapped_once() {
        let s = serde_json::to_string(&json!({"type":"hello","timestamp":5}).to_string()).unwrap();
        assert_eq!(p(&s).unwrap().r#type(), Some("hello"));
        let inner = serde_json::to_string(&json!({"type":"status"}).to_string()).unwrap();
        let r = p(&format!(r#"{{"JsToPython":{inner}}}"#)).unwrap();
        assert_eq!((r.shape, r.r#type()), (Shape::JsToPython, Some("status")));
    }

    #[test]
    fn rejects_non_objects_and_missing_type() {
        for bad in [
            "",
            "[1,2]",
            "42",
            "\"just text\"",
            "{\"a\":1}",
            "{\"type\":7}",
            "{\"type\":\"\"}",
        ] {
            let (echo, f) = *p(bad).unwrap_err();
            assert_eq!(f.code, ErrorCode::BadRequest, "{bad}");
            assert_eq!(echo.r#type, None);
        }
        let r = parse(&[0xff, 0xfe, b'{']).unwrap_err();
        assert!(r.failure.msg.contains("UTF-8"));
    }

    #[test]
    fn reply_echoes_and_mirrors_shape() {
        let r = p(r#"{"JsToPython":{"type":"isLogin_auto","timestamp":"123","requestId":"r1"}}"#)
            .unwrap();
        let v = reply(&r.echo(), Ok(Map::new()));
        assert_eq!(v["PythonToJs"]["type"], "isLogin");
        assert_eq!(v["PythonToJs"]["timestamp"], "123");
        assert_eq!(v["PythonToJs"]["requestId"], "r1");
        assert_eq!(v["PythonToJs"]["ok"], true);
        let v = reply(&Echo::unknown(), Err(Failure::new(ErrorCode::BadRequest)));
        assert_eq!(v["type"], Value::Null);
        assert!(v["timestamp"].is_i64());
        assert_eq!(v["code"], "bad_request");
    }

    #[test]
    fn login_init_reply_uses_the_old_clients_shape() {
        let r = p(r#"{"ClientToPython":{"LoginInit":{"Account":"a","CompID":"b"}}}"#).unwrap();
        let v = reply(&r.echo(), Ok(Map::new()));
        assert_eq!(v, json!({"ClientToPython":{"result":"0","desc":"正确"}}));
    }
}
