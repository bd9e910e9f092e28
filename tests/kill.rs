//! Killed at any moment (SIGKILL, no chance to clean up), `stancegraph build` never
//! leaves a truncated `graph.json`: the file is always the previous good one or a
//! complete new one, because outputs are written to a temporary file and renamed.
//!
//! The input is the example articles copied many times as JSON Lines, big enough
//! that writing the output takes a while. Half the kills come at random moments of
//! the run; the other half wait until the temporary output file appears, so the
//! kill lands while it is being written.

use stancegraph::read::read_inputs;
use stancegraph::{Config, GraphFile};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles")
}

/// A small random generator, seeded from the clock; the seed is printed so a
/// failure can be replayed with `KILL_SEED`.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("KILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            });
        println!("KILL_SEED={seed}");
        Rng(seed | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// The example articles, `copies` times each, as one JSON Lines file.
fn big_input(path: &Path, copies: usize) {
    let docs: Vec<_> = read_inputs(&[examples()], &Config::default())
        .map(|d| d.expect("examples read"))
        .collect();
    let mut out = String::new();
    for k in 0..copies {
        for d in &docs {
            let record = serde_json::json!({
                "id": format!("{}-{k}", d.id),
                "date": d.date.map(|x| x.to_string()),
                "text": d.text,
            });
            out.push_str(&record.to_string());
            out.push('\n');
        }
    }
    std::fs::write(path, out).unwrap();
}

fn command(input: &Path, out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.arg("build")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--format", "json,dot", "--quiet", "--threads", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Hidden files in `dir`: the temporary outputs of a run.
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_killed_build_leaves_the_old_or_a_complete_new_graph() {
    let release = !cfg!(debug_assertions);
    let (copies, rounds) = if release { (20, 10) } else { (6, 6) };
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("big.jsonl");
    big_input(&input, copies);

    // The previous good output: one article.
    let out = tmp.path().join("out");
    let seed_article = examples().join("seed.txt");
    let ok = command(&seed_article, &out).status().unwrap();
    assert!(ok.success());
    let old = std::fs::read(out.join("graph.json")).unwrap();
    GraphFile::from_json(std::str::from_utf8(&old).unwrap(), Path::new("old")).unwrap();

    // The complete new output, and how long a whole run takes.
    let reference = tmp.path().join("reference");
    let start = Instant::now();
    assert!(command(&input, &reference).status().unwrap().success());
    let full = start.elapsed();
    let new = std::fs::read(reference.join("graph.json")).unwrap();
    let new_dot = std::fs::read(reference.join("graph.dot")).unwrap();
    GraphFile::from_json(std::str::from_utf8(&new).unwrap(), Path::new("new")).unwrap();
    println!(
        "full run {full:?}, graph.json {} bytes, {rounds} rounds",
        new.len()
    );

    let mut rng = Rng::new();
    let (mut kept_old, mut got_new, mut during_write) = (0, 0, 0);
    for round in 0..rounds {
        std::fs::write(out.join("graph.json"), &old).unwrap();
        let _ = std::fs::remove_file(out.join("graph.dot"));
        for t in temporaries(&out) {
            std::fs::remove_file(t).unwrap();
        }
        let mut child = command(&input, &out).spawn().unwrap();
        let started = Instant::now();
        let mut seen_temporary = false;
        if round % 2 == 0 {
            // At a random moment of the run (or a little after its end).
            let at = Duration::from_micros(rng.below(full.as_micros() as u64 * 11 / 10));
            while started.elapsed() < at && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_micros(200));
            }
            seen_temporary = !temporaries(&out).is_empty();
        } else {
            // While an output is being written.
            while child.try_wait().unwrap().is_none() && started.elapsed() < full * 4 {
                if !temporaries(&out).is_empty() {
                    seen_temporary = true;
                    std::thread::sleep(Duration::from_micros(rng.below(3000)));
                    break;
                }
                std::thread::sleep(Duration::from_micros(100));
            }
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL on Unix
        child.wait().unwrap();
        if seen_temporary && !finished {
            during_write += 1;
        }

        let now = std::fs::read(out.join("graph.json")).expect("graph.json is never missing");
        if now == old {
            kept_old += 1;
        } else {
            assert!(
                now == new,
                "round {round}: graph.json is neither the old nor the complete new file ({} bytes)",
                now.len()
            );
            got_new += 1;
        }
        GraphFile::from_json(std::str::from_utf8(&now).unwrap(), Path::new("graph.json"))
            .expect("graph.json parses");
        if let Ok(dot) = std::fs::read(out.join("graph.dot")) {
            assert!(dot == new_dot, "round {round}: a partial graph.dot");
        }
    }
    println!("kept the old file {kept_old} times, a complete new one {got_new} times, {during_write} kills while writing");
    assert!(
        during_write > 0,
        "no kill landed while an output was written"
    );
}
