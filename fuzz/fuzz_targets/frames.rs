//! Arbitrary bytes on stdin: the codec must never panic, every frame must get a reply that
//! is valid JSON with a boolean `ok`, and no reply may exceed the browser's 1 MiB limit.
#![no_main]

use hirebridge::framing::{self, Inbound, MAX_OUTBOUND};
use hirebridge::protocol::{self, Failure};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    rt.block_on(async {
        let mut r = std::io::Cursor::new(data);
        loop {
            match framing::read_frame(&mut r).await {
                Ok(Inbound::Frame(body)) => {
                    let (echo, outcome) = match protocol::parse(&body) {
                        Ok(req) => (req.echo(), Ok(serde_json::Map::new())),
                        Err(rej) => (rej.echo, Err::<_, Failure>(rej.failure)),
                    };
                    let reply = protocol::reply(&echo, outcome);
                    let bytes = serde_json::to_vec(&reply).unwrap();
                    let inner = reply
                        .get("PythonToJs")
                        .or_else(|| reply.get("PythonToPlugin"))
                        .unwrap_or(&reply);
                    if inner.get("ClientToPython").is_none() {
                        assert!(inner["ok"].is_boolean());
                    }
                    if bytes.len() <= MAX_OUTBOUND {
                        framing::encode(&bytes).unwrap();
                    }
                }
                Ok(Inbound::TooLarge(_)) => {}
                Ok(Inbound::Eof) | Err(_) => break,
            }
        }
    });
});
