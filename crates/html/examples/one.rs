//! Debug helper: `cargo run -p detente-html --example one -- FILE [URL]` prints the article
//! (`GENERAL=1`: always through the general extractor).
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: one FILE [URL]");
    let url = args.next();
    let bytes = std::fs::read(&path).expect("readable file");
    let t = std::time::Instant::now();
    let extractor = if std::env::var_os("GENERAL").is_some() {
        detente_html::Extractor::General
    } else {
        detente_html::Extractor::Auto
    };
    match detente_html::html_to_article_with(&bytes, url.as_deref(), None, extractor) {
        Ok(a) => {
            println!("title: {:?}\nauthor: {:?}\npublished: {:?}\ncanonical: {:?}\nsite: {:?}\nlanguage: {:?}\nencoding: {}\n---\n{}", a.title, a.author, a.published, a.canonical_url, a.site_name, a.language, a.encoding, a.text);
        }
        Err(e) => println!("error: {e}"),
    }
    eprintln!("{:?}", t.elapsed());
}
