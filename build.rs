// Rebuild when the embedded defaults change: include_dir cannot tell cargo which files it read.
fn main() {
    for path in ["templates", "languages", "theme", "catalog.toml", "data"] {
        println!("cargo:rerun-if-changed={path}");
    }
}
