//! Native-messaging frames: a u32 length in native byte order, then that many bytes of UTF-8
//! JSON. Limits are the browsers': 64 MiB towards the host, 1 MiB towards the browser (Chrome
//! kills the whole port on a larger message, so the guard lives here, not in callers' hopes).

use byteorder::{ByteOrder, NativeEndian};
use tokio::io::{AsyncRead, AsyncReadExt};

/// Largest message a browser may send us (Chrome's IPC limit).
pub const MAX_INBOUND: u32 = 64 * 1024 * 1024;
/// Largest message we may send to a browser.
pub const MAX_OUTBOUND: usize = 1024 * 1024;

#[derive(Debug, PartialEq, Eq)]
pub enum Inbound {
    Frame(Vec<u8>),
    /// A frame whose declared length was over the cap; its body has been read and discarded,
    /// so the stream is in sync again.
    TooLarge(u32),
    /// The browser closed the port between frames.
    Eof,
}

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("truncated frame: expected {expected} bytes, got {got}")]
    Truncated { expected: u64, got: u64 },
    #[error("reply of {0} bytes is over the 1 MiB limit")]
    TooLargeToSend(usize),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
}

/// Reads until `buf` is full or EOF; returns how much was read.
async fn read_full<R: AsyncRead + Unpin>(r: &mut R, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]).await? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

pub async fn read_frame<R: AsyncRead + Unpin>(r: &mut R) -> Result<Inbound, FrameError> {
    let mut len_buf = [0u8; 4];
    match read_full(r, &mut len_buf).await? {
        0 => return Ok(Inbound::Eof),
        4 => {}
        got => {
            return Err(FrameError::Truncated {
                expected: 4,
                got: got as u64,
            })
        }
    }
    let len = NativeEndian::read_u32(&len_buf);
    if len > MAX_INBOUND {
        let skipped = tokio::io::copy(&mut r.take(u64::from(len)), &mut tokio::io::sink()).await?;
        if skipped < u64::from(len) {
            return Err(FrameError::Truncated {
                expected: u64::from(len),
                got: skipped,
            });
        }
        return Ok(Inbound::TooLarge(len));
    }
    let mut body = vec![0u8; len as usize];
    let got = read_full(r, &mut body).await?;
    if got < body.len() {
        return Err(FrameError::Truncated {
            expected: u64::from(len),
            got: got as u64,
        });
    }
    Ok(Inbound::Frame(body))
}

/// Length prefix + body, refusing bodies the browser would choke on.
pub fn encode(body: &[u8]) -> Result<Vec<u8>, FrameError> {
    if body.len() > MAX_OUTBOUND {
        return Err(FrameError::TooLargeToSend(body.len()));
    }
    let mut out = vec![0u8; 4 + body.len()];
    NativeEndian::write_u32(&mut out[..4], body.len() as u32);
    out[4..].copy_from_slice(body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    fn frame(body: &[u8]) -> Vec<u8> {
        let mut v = (body.len() as u32).to_ne_bytes().to_vec();
        v.extend_from_slice(body);
        v
    }

    async fn read_all(bytes: Vec<u8>) -> Vec<Result<Inbound, String>> {
        let mut r = std::io::Cursor::new(bytes);
        let mut out = Vec::new();
        loop {
            match read_frame(&mut r).await {
                Ok(Inbound::Eof) => break,
                Ok(f) => out.push(Ok(f)),
                Err(e) => {
                    out.push(Err(e.to_string()));
                    break;
                }
            }
        }
        out
    }

    #[tokio::test]
    async fn zero_length_frame_is_an_empty_body() {
        assert_eq!(read_all(frame(b"")).await, vec![Ok(Inbound::Frame(vec![]))]);
    }

    #[tokio::test]
    async fn several_frames_in_one_stream() {
        let mut bytes = frame(br#"{"type":"a"}"#);
        bytes.extend(frame(br#"{"type":"b"}"#));
        let got = read_all(bytes).await;
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], Ok(Inbound::Frame(br#"{"type":"b"}"#.to_vec())));
    }

    #[tokio::test]
    async fn over_cap_is_discarded_and_the_next_frame_is_read() {
        let len = MAX_INBOUND + 1;
        let mut bytes = len.to_ne_bytes().to_vec();
        bytes.resize(4 + len as usize, b'x');
        bytes.extend(frame(br#"{"type":"hello"}"#));
        let got = read_all(bytes).await;
        assert_eq!(
            got,
            vec![
                Ok(Inbound::TooLarge(len)),
                Ok(Inbound::Frame(br#"{"type":"hello"}"#.to_vec()))
            ]
        );
    }

    #[tokio::test]
    async fn exactly_the_cap_is_accepted() {
        let body = vec![b' '; MAX_INBOUND as usize];
        let got = read_all(frame(&body)).await;
        assert!(matches!(&got[0], Ok(Inbound::Frame(b)) if b.len() == MAX_INBOUND as usize));
    }

    #[tokio::test]
    async fn truncated_length_and_body_are_errors() {
        let got = read_all(vec![1, 0]).await;
        assert!(matches!(&got[0], Err(e) if e.contains("truncated")));
        let mut bytes = frame(b"{\"type\":\"hello\"}");
        bytes.truncate(10);
        let got = read_all(bytes).await;
        assert!(matches!(&got[0], Err(e) if e.contains("truncated")));
    }

    #[tokio::test]
    async fn split_reads_are_reassembled() {
        // A reader that hands out one byte at a time, as a pipe may.
        let (mut tx, mut rx) = tokio::io::duplex(1);
        let bytes = frame(br#"{"type":"hello"}"#);
        let writer = tokio::spawn(async move {
            for b in bytes {
                tx.write_all(&[b]).await.unwrap();
            }
        });
        let got = read_frame(&mut rx).await.unwrap();
        writer.await.unwrap();
        assert_eq!(got, Inbound::Frame(br#"{"type":"hello"}"#.to_vec()));
    }

    #[test]
    fn outbound_limit_is_exact() {
        assert!(encode(&vec![b'a'; MAX_OUTBOUND]).is_ok());
        assert!(matches!(
            encode(&vec![b'a'; MAX_OUTBOUND + 1]),
            Err(FrameError::TooLargeToSend(_))
        ));
        let f = encode(b"{}").unwrap();
        assert_eq!(NativeEndian::read_u32(&f[..4]), 2);
    }
}
