//! The server against slow and greedy clients, on loopback, with short
//! limits: a head sent too slowly, a body trickled, a kept-alive connection
//! left idle, more connections than allowed, a body over the cap. Each is
//! cut off (or made to wait) within its limit plus a margin.

use detente_web::{Limits, ServeConfig, Server};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const TOKEN: &str = "token-for-tests";

const LIMITS: Limits = Limits {
    header_timeout: Duration::from_secs(1),
    request_timeout: Duration::from_secs(2),
    idle_timeout: Duration::from_secs(2),
    max_connections: 4,
};

fn server() -> (tempfile::TempDir, Server) {
    server_with(None)
}

/// `token`: ingest over HTTP allowed (the body is then read).
fn server_with(token: Option<&str>) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("limits.db");
    drop(detente_store::Store::open(&db).unwrap());
    let server = Server::start_with(
        ServeConfig {
            db,
            addr: "127.0.0.1:0".parse().unwrap(),
            ingest_token: token.map(str::to_string),
            kb: None,
            today: None,
        },
        LIMITS,
    )
    .unwrap();
    (dir, server)
}

fn connect(server: &Server) -> TcpStream {
    let s = TcpStream::connect(server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

/// Read until the server closes the connection (or 10 s pass); answers
/// what was read and when it ended.
fn read_to_close(s: &mut TcpStream) -> (String, Duration) {
    let t = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), t.elapsed())
}

/// One complete response on a kept-alive connection.
fn read_response(s: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !out.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0, "closed before the response");
        out.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&out).into_owned();
    let len: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    let body_start = head.find("\r\n\r\n").unwrap() + 4;
    while out.len() < body_start + len {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0);
        out.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn a_head_sent_too_slowly_is_cut_off() {
    let (_dir, server) = server();
    // Half a head, then silence.
    let mut s = connect(&server);
    s.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let (_, took) = read_to_close(&mut s);
    assert!(took < Duration::from_secs(4), "{took:?}");

    // Slowloris: a byte every 200 ms, never the end of the head.
    let mut s = connect(&server);
    let t = Instant::now();
    let mut closed = false;
    for b in b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
        if s.write_all(&[*b]).is_err() {
            closed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
        if t.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    if !closed {
        let (_, _) = read_to_close(&mut s);
    }
    assert!(t.elapsed() < Duration::from_secs(8), "{:?}", t.elapsed());
}

#[test]
fn a_trickled_body_gets_408() {
    let (_dir, server) = server_with(Some(TOKEN));
    let mut s = connect(&server);
    s.write_all(
        b"POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer token-for-tests\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n",
    )
    .unwrap();
    // A byte every 250 ms: never idle, never done.
    let mut writer = s.try_clone().unwrap();
    let trickle = std::thread::spawn(move || {
        for _ in 0..40 {
            if writer.write_all(b"x").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    });
    let (reply, took) = read_to_close(&mut s);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    trickle.join().unwrap();
}

#[test]
fn a_stalled_body_is_cut_off() {
    let (_dir, server) = server_with(Some(TOKEN));
    let mut s = connect(&server);
    s.write_all(
        b"POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer token-for-tests\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nThe envoys",
    )
    .unwrap();
    let (reply, took) = read_to_close(&mut s);
    assert!(reply.starts_with("HTTP/1.1 4"), "{reply}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn an_idle_kept_alive_connection_is_closed() {
    let (_dir, server) = server();
    let mut s = connect(&server);
    s.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let reply = read_response(&mut s);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let (rest, took) = read_to_close(&mut s);
    assert!(rest.is_empty(), "{rest}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn connections_past_the_limit_wait_for_a_free_slot() {
    let (_dir, server) = server();
    // Four connections, each holding its slot with a request under way.
    let mut held: Vec<TcpStream> = (0..LIMITS.max_connections)
        .map(|_| {
            let mut s = connect(&server);
            s.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
                .unwrap();
            assert!(read_response(&mut s).starts_with("HTTP/1.1 200"));
            s
        })
        .collect();
    // A fifth is accepted by the kernel but not served while they last.
    let mut fifth = connect(&server);
    fifth
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    fifth
        .write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut buf = [0u8; 64];
    assert!(fifth.read(&mut buf).is_err(), "served past the limit");
    // One closes: the fifth is served.
    drop(held.pop());
    fifth
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let (reply, _) = read_to_close(&mut fifth);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
}

#[test]
fn a_body_over_the_cap_is_refused() {
    let (_dir, server) = server_with(Some(TOKEN));
    let mut s = connect(&server);
    let len = detente_web::MAX_BODY_BYTES + 1;
    s.write_all(
        format!(
            "POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer token-for-tests\r\nContent-Type: text/plain\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    // The server may answer before the whole body is sent.
    let mut writer = s.try_clone().unwrap();
    let send = std::thread::spawn(move || {
        let chunk = vec![b'x'; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(chunk.len());
            if writer.write_all(&chunk[..n]).is_err() {
                break;
            }
            left -= n;
        }
    });
    let (reply, took) = read_to_close(&mut s);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    send.join().unwrap();
}
