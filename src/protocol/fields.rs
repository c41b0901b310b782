//! Tolerant readers for the fields the plugin in the field sends inconsistently.

use super::Failure;
use serde_json::Value;

/// A channel id given as a number or a numeric string.
pub fn channel_id(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `channels` or `channel`: a number, a numeric string, or a list of either.
pub fn channel_list(body: &serde_json::Map<String, Value>) -> Result<Vec<i64>, Failure> {
    let Some(v) = body.get("channels").or_else(|| body.get("channel")) else {
        return Err(Failure::bad_request("请求缺少 channels（渠道列表）"));
    };
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match channel_id(item) {
            Some(id) => out.push(id),
            None => {
                return Err(Failure::bad_request(format!(
                    "渠道编号无效：{item}（应为数字）"
                )))
            }
        }
    }
    if out.is_empty() {
        return Err(Failure::bad_request("channels（渠道列表）不能为空"));
    }
    Ok(out)
}

/// An id the plugin may send as a string or a number, as a string.
pub fn id_string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn channel_shapes() {
        let m = |v: Value| v.as_object().unwrap().clone();
        assert_eq!(
            channel_list(&m(json!({"channels":[1,"2"]}))).unwrap(),
            vec![1, 2]
        );
        assert_eq!(channel_list(&m(json!({"channel":[1]}))).unwrap(), vec![1]);
        assert_eq!(channel_list(&m(json!({"channel":"3"}))).unwrap(), vec![3]);
        assert!(channel_list(&m(json!({"channels":["x"]}))).is_err());
        assert!(channel_list(&m(json!({"channels":[]}))).is_err());
        assert!(channel_list(&m(json!({}))).is_err());
    }
}
