//! Print the tracks of a detente database.
//!
//! ```sh
//! cargo run --release -p detente-tracks --example tracks -- DB            # the list
//! cargo run --release -p detente-tracks --example tracks -- DB RUS-USA    # one report
//! cargo run --release -p detente-tracks --example tracks -- DB RUS-USA --html > t.html
//! ```
//! `--today YYYY-MM-DD` fixes the date statuses are computed against;
//! `--md` gives Markdown.

use detente_store::Store;
use detente_tracks::*;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |args: &mut Vec<String>, f: &str| {
        let had = args.iter().any(|a| a == f);
        args.retain(|a| a != f);
        had
    };
    let html = flag(&mut args, "--html");
    let md = flag(&mut args, "--md");
    let mut today = None;
    if let Some(i) = args.iter().position(|a| a == "--today") {
        if i + 1 < args.len() {
            today = chrono::NaiveDate::parse_from_str(&args[i + 1], "%Y-%m-%d").ok();
            args.drain(i..=i + 1);
        }
    }
    let Some(db) = args.first() else {
        eprintln!("usage: tracks DB [TRACK] [--today YYYY-MM-DD] [--html|--md]");
        return ExitCode::from(2);
    };
    let store = match Store::open(db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{db}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let t0 = Instant::now();
    let tracks = match today {
        Some(d) => build_tracks_at(&store, d),
        None => build_tracks(&store),
    };
    let tracks = match tracks {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("{} tracks built in {:.2?}", tracks.len(), t0.elapsed());
    match args.get(1) {
        None => print!("{}", render_summaries(&summaries(&tracks))),
        Some(want) => match find_track(&tracks, want) {
            Some(t) if html => print!("{}", render_html(t)),
            Some(t) if md => print!("{}", render_markdown(t)),
            Some(t) => print!("{}", render_text(t)),
            None => {
                eprintln!("no track {want}");
                return ExitCode::FAILURE;
            }
        },
    }
    ExitCode::SUCCESS
}
