//! Scoring extraction against gold annotations (`DIR/docs/*.txt`, `DIR/gold/*.json`)
//! as the annotation guideline describes: actors P/R/F1; statement recall,
//! attribution accuracy and about-recall; relation P/R/F1 over (doc, source,
//! target, CAMEO root) with alternates, and over quad classes and bare pairs;
//! stance P/R/F1 over (doc, actor, issue, polarity) and (doc, actor, issue), with
//! predicted issue ids mapped to gold ones by their content words (see
//! `IssueMap`), once more without that mapping, and once with a looser one (one
//! issue's content words contained in the other's).

use crate::actors::slugify;
use crate::config::Config;
use crate::lexicon::issue_families::issue_key;
use crate::lexicon::Lexicon;
use crate::model::{Extraction, Span, Statement, TokenKind};
use crate::pipeline::extract;
use crate::read::parse_text_document;
use crate::segment::segment;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod breakdown;
pub use breakdown::{Breakdown, Misattributed, MissedRelations, Recall};

/// One gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Document name.
    pub doc: String,
    /// Publication date.
    #[serde(default)]
    pub date: Option<String>,
    /// Actor ids.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Statements.
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    /// Relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Stances.
    #[serde(default)]
    pub stances: Vec<GoldStance>,
}

/// A gold statement.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    /// Speaker id.
    pub speaker: String,
    /// The quoted or reported text.
    pub quote: String,
    /// Actors it is about.
    #[serde(default)]
    pub about: Vec<String>,
    /// `direct` or `indirect`.
    #[serde(default)]
    pub kind: Option<String>,
}

/// A gold relation.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRelation {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// CAMEO code.
    pub cameo: String,
    /// Label.
    #[serde(default)]
    pub label: String,
    /// Evidence text.
    #[serde(default)]
    pub evidence: String,
    /// Equally right sources.
    #[serde(default)]
    pub alt_source: Vec<String>,
    /// Equally right targets.
    #[serde(default)]
    pub alt_target: Vec<String>,
}

/// A gold stance.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStance {
    /// Actor id.
    pub actor: String,
    /// Issue id.
    pub issue: String,
    /// Polarity.
    pub polarity: String,
    /// Evidence text.
    #[serde(default)]
    pub evidence: String,
}

/// Precision, recall, F1 with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Predicted items that are right.
    pub correct_predicted: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items found.
    pub found_gold: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct_predicted, self.predicted)
    }
    /// Recall (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        ratio(self.found_gold, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.correct_predicted += o.correct_predicted;
        self.predicted += o.predicted;
        self.found_gold += o.found_gold;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Statement scores with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct StatementScore {
    /// Gold statements.
    pub gold: usize,
    /// Gold statements found.
    pub found: usize,
    /// Found with the right speaker.
    pub attributed: usize,
    /// Gold `about` ids over the found statements.
    pub about_gold: usize,
    /// Of those, predicted.
    pub about_found: usize,
}

impl StatementScore {
    /// Found / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    /// Right speaker / found.
    pub fn attribution(&self) -> f64 {
        ratio(self.attributed, self.found)
    }
    /// About-recall over found statements.
    pub fn about_recall(&self) -> f64 {
        ratio(self.about_found, self.about_gold)
    }
    fn add(&mut self, o: StatementScore) {
        self.gold += o.gold;
        self.found += o.found;
        self.attributed += o.attributed;
        self.about_gold += o.about_gold;
        self.about_found += o.about_found;
    }
}

/// Scores of one document or of a whole set.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub documents: usize,
    /// Actors over (doc, actor).
    pub actors: Prf,
    /// Statements.
    pub statements: StatementScore,
    /// Relations over (doc, source, target, CAMEO root).
    pub relations: Prf,
    /// Relations over (doc, source, target, quad class).
    pub relations_quad: Prf,
    /// Relations over (doc, source, target).
    pub relations_pair: Prf,
    /// Stances over (doc, actor, issue, polarity).
    pub stances: Prf,
    /// Stances over (doc, actor, issue).
    pub stances_issue: Prf,
    /// Stances over (doc, actor, issue, polarity) with issue ids compared as
    /// written, without the mapping by name: how much the mapping gives.
    pub stances_exact_ids: Prf,
    /// Stances over (doc, actor, issue, polarity) with a looser issue mapping:
    /// one issue's content words contained in the other's (see
    /// `IssueMap::by_containment`). Reported beside the headline, never instead.
    pub stances_contained_ids: Prf,
    /// Stances over (doc, actor, issue, polarity) with the issue taken from the
    /// gold stance of the same actor whose evidence overlaps the predicted
    /// evidence (see `IssueMap::by_evidence`): a diagnostic that separates a
    /// stance found but named otherwise from a stance not found at all.
    pub stances_evidence_ids: Prf,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.documents += o.documents;
        self.actors.add(o.actors);
        self.statements.add(o.statements);
        self.relations.add(o.relations);
        self.relations_quad.add(o.relations_quad);
        self.relations_pair.add(o.relations_pair);
        self.stances.add(o.stances);
        self.stances_issue.add(o.stances_issue);
        self.stances_exact_ids.add(o.stances_exact_ids);
        self.stances_contained_ids.add(o.stances_contained_ids);
        self.stances_evidence_ids.add(o.stances_evidence_ids);
    }
}

/// What went wrong in one document, for people tuning rules.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Diagnostics {
    /// Document name.
    pub doc: String,
    /// Gold relations not found: `source -> target root (label)`.
    pub missed_relations: Vec<String>,
    /// Predicted relations not in gold.
    pub spurious_relations: Vec<String>,
    /// Gold statements not found.
    pub missed_statements: Vec<String>,
    /// Found statements with the wrong speaker: `quote: predicted != gold`.
    pub misattributed: Vec<String>,
    /// Gold actors not found.
    pub missed_actors: Vec<String>,
    /// Predicted actors not in gold.
    pub spurious_actors: Vec<String>,
    /// Gold stances not found: `actor issue polarity | evidence`.
    pub missed_stances: Vec<String>,
    /// Predicted stances not in gold: `actor issue polarity | evidence`.
    pub spurious_stances: Vec<String>,
}

/// The result of scoring a gold directory.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Totals (micro-averaged).
    pub total: Scores,
    /// Per document.
    pub per_doc: Vec<(String, Scores)>,
    /// Per-document error lists.
    pub diagnostics: Vec<Diagnostics>,
    /// Files that could not be scored, with the reason.
    pub errors: Vec<String>,
    /// Where the errors lie, in counts (`eval --breakdown`).
    pub breakdown: Breakdown,
}

/// Score every gold file of `dir` (`dir/gold/*.json` against `dir/docs/*.txt`).
pub fn evaluate_dir(dir: &Path, lexicon: &Lexicon) -> Report {
    let mut report = Report::default();
    let gold_dir = dir.join("gold");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&gold_dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect(),
        Err(e) => {
            report
                .errors
                .push(format!("{}: cannot read: {e}", gold_dir.display()));
            return report;
        }
    };
    files.sort();
    for path in files {
        match score_file(&path, dir, lexicon) {
            Ok((name, scores, diag, breakdown)) => {
                report.total.add(&scores);
                report.breakdown.add(&breakdown);
                report.per_doc.push((name, scores));
                report.diagnostics.push(diag);
            }
            Err(e) => report.errors.push(e),
        }
    }
    report
}

fn score_file(
    path: &Path,
    dir: &Path,
    lexicon: &Lexicon,
) -> Result<(String, Scores, Diagnostics, Breakdown), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let gold: Gold = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: bad gold file: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let doc_path = dir.join("docs").join(format!("{stem}.txt"));
    let doc_text = std::fs::read_to_string(&doc_path)
        .map_err(|e| format!("{}: cannot read: {e}", doc_path.display()))?;
    let doc = parse_text_document(
        &stem,
        &doc_path.display().to_string(),
        &crate::read::normalize_text(&doc_text),
        &Config::default(),
    )
    .map_err(|e| e.to_string())?;
    let ex = extract(&doc, lexicon);
    let map = IdMap::new(&gold, &ex);
    let matched = match_statements(&gold, &ex);
    let (scores, diag) = score_matched(&gold, &ex, &map, &matched);
    let breakdown = breakdown::of_document(&gold, &ex, lexicon, &map, &matched);
    Ok((stem, scores, diag, breakdown))
}

/// Score one extraction against its gold.
pub fn score_document(gold: &Gold, ex: &Extraction) -> (Scores, Diagnostics) {
    let map = IdMap::new(gold, ex);
    let matched = match_statements(gold, ex);
    score_matched(gold, ex, &map, &matched)
}

/// [`score_document`] with the id map and the statement matches made once, so
/// that the breakdown reads the same ones.
fn score_matched(
    gold: &Gold,
    ex: &Extraction,
    map: &IdMap,
    matched: &[Option<&Statement>],
) -> (Scores, Diagnostics) {
    let issues = IssueMap::new(gold, ex);
    let mut diag = Diagnostics {
        doc: gold.doc.clone(),
        ..Diagnostics::default()
    };
    let scores = Scores {
        documents: 1,
        actors: score_actors(gold, ex, map, &mut diag),
        statements: score_statements(gold, matched, map, &mut diag),
        relations: score_relations(gold, ex, map, Key::Root, Some(&mut diag)),
        relations_quad: score_relations(gold, ex, map, Key::Quad, None),
        relations_pair: score_relations(gold, ex, map, Key::Pair, None),
        stances: score_stances(gold, ex, map, &issues, true, Some(&mut diag)),
        stances_issue: score_stances(gold, ex, map, &issues, false, None),
        stances_exact_ids: score_stances(gold, ex, map, &IssueMap::exact(), true, None),
        stances_contained_ids: score_stances(
            gold,
            ex,
            map,
            &IssueMap::by_containment(gold, ex),
            true,
            None,
        ),
        stances_evidence_ids: score_stances(
            gold,
            ex,
            map,
            &IssueMap::by_evidence(gold, ex, map),
            true,
            None,
        ),
    };
    (scores, diag)
}

/// Maps predicted ids to the gold's ids by id, label or alias.
struct IdMap {
    map: BTreeMap<String, String>,
}

impl IdMap {
    fn new(gold: &Gold, ex: &Extraction) -> IdMap {
        let mut gold_ids: BTreeSet<&str> = gold.actors.iter().map(String::as_str).collect();
        for s in &gold.statements {
            gold_ids.insert(&s.speaker);
            gold_ids.extend(s.about.iter().map(String::as_str));
        }
        for r in &gold.relations {
            gold_ids.insert(&r.source);
            gold_ids.insert(&r.target);
            gold_ids.extend(r.alt_source.iter().chain(&r.alt_target).map(String::as_str));
        }
        gold_ids.extend(gold.stances.iter().map(|s| s.actor.as_str()));
        let mut map = BTreeMap::new();
        for a in &ex.actors {
            let target = if gold_ids.contains(a.id.as_str()) {
                a.id.clone()
            } else {
                let names: Vec<String> = std::iter::once(&a.label)
                    .chain(&a.aliases)
                    .map(|n| slugify(n))
                    .collect();
                gold_ids
                    .iter()
                    .find(|g| {
                        // Surname last (`cavo_dragone`) or family name first (`mao` for Mao Ning).
                        names
                            .iter()
                            .any(|n| n == *g || n.ends_with(&format!("_{g}")))
                            || (a.kind == crate::model::ActorKind::Person
                                && names[0].starts_with(&format!("{g}_")))
                    })
                    .map(|g| g.to_string())
                    .unwrap_or_else(|| a.id.clone())
            };
            map.insert(a.id.clone(), target);
        }
        IdMap { map }
    }

    fn get(&self, id: &str) -> String {
        self.map.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// Maps predicted issue ids to the gold's issue ids by name, as actor ids are
/// mapped: a predicted issue is a gold issue when the ids are equal, or when the
/// content words of the gold id are those of the predicted id or of the slug of
/// the predicted issue's label (`issue_key`: function words such as `for`, `on`,
/// `in`, `of`, `the`, `a`, `to` dropped, a plural `s` stripped, order ignored), so
/// `iran_sanctions` is `sanctions_on_iran` and `ceasefire_in_gaza` is
/// `gaza_ceasefire`. Nothing looser: no similarity, no partial overlap.
struct IssueMap {
    map: BTreeMap<String, String>,
}

impl IssueMap {
    /// No mapping: ids compared as written.
    fn exact() -> IssueMap {
        IssueMap {
            map: BTreeMap::new(),
        }
    }

    fn new(gold: &Gold, ex: &Extraction) -> IssueMap {
        let gold_ids: BTreeSet<&str> = gold.stances.iter().map(|s| s.issue.as_str()).collect();
        let mut by_key: BTreeMap<Vec<String>, &str> = BTreeMap::new();
        for g in &gold_ids {
            by_key.entry(issue_key(g)).or_insert(g);
        }
        let mut map = BTreeMap::new();
        for s in &ex.stances {
            if map.contains_key(&s.issue) || gold_ids.contains(s.issue.as_str()) {
                continue;
            }
            let label = predicted_issue_label(ex, &s.issue);
            let target = std::iter::once(s.issue.clone())
                .chain(label)
                .find_map(|name| by_key.get(&issue_key(&name)).map(|g| g.to_string()));
            if let Some(g) = target {
                map.insert(s.issue.clone(), g);
            }
        }
        IssueMap { map }
    }

    /// The looser mapping of the report's extra row. Issue ids in gold files are
    /// slugs an annotator coins for the article (`eu_mercosur_deal`), so a
    /// predicted issue named from the text (`eu_mercosur_trade_agreement`) is
    /// that issue when, after synonyms of a head noun are folded
    /// (`ISSUE_SYNONYMS`), the content words of one id (or of the predicted
    /// label) all appear in the other's and at least two are shared. Among
    /// several gold issues the one sharing most words wins (then the first id).
    fn by_containment(gold: &Gold, ex: &Extraction) -> IssueMap {
        let gold_keys: BTreeMap<&str, BTreeSet<String>> = gold
            .stances
            .iter()
            .map(|s| (s.issue.as_str(), folded_key(&s.issue)))
            .collect();
        let mut map = BTreeMap::new();
        for s in &ex.stances {
            if map.contains_key(&s.issue) || gold_keys.contains_key(s.issue.as_str()) {
                continue;
            }
            let label = predicted_issue_label(ex, &s.issue);
            let names = std::iter::once(s.issue.clone()).chain(label);
            let best = names
                .flat_map(|name| {
                    let key = folded_key(&name);
                    gold_keys
                        .iter()
                        .filter(move |(_, g)| contains_either(&key, g))
                        .map(|(id, g)| (g.len(), *id))
                        .collect::<Vec<_>>()
                })
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(a.1)));
            if let Some((_, g)) = best {
                map.insert(s.issue.clone(), g.to_string());
            }
        }
        IssueMap { map }
    }

    /// The diagnostic mapping: a predicted issue is the gold issue of the first
    /// predicted stance (in document order) whose actor is a gold stance's actor
    /// and whose evidence span overlaps the place of that gold stance's evidence
    /// in the text. It ignores the issue's name entirely, so it measures finding
    /// the stance, not naming its issue; it is never the headline.
    fn by_evidence(gold: &Gold, ex: &Extraction, actors: &IdMap) -> IssueMap {
        let text = &ex.doc.text;
        let placed: Vec<(&GoldStance, usize, usize)> = gold
            .stances
            .iter()
            .filter_map(|g| {
                text.find(&g.evidence)
                    .map(|at| (g, at, at + g.evidence.len()))
            })
            .collect();
        let mut map = BTreeMap::new();
        for s in &ex.stances {
            if map.contains_key(&s.issue) {
                continue;
            }
            let actor = actors.get(&s.actor);
            let overlapping = placed.iter().find(|(g, start, end)| {
                g.actor == actor && s.evidence.start < *end && *start < s.evidence.end
            });
            if let Some((g, _, _)) = overlapping {
                map.insert(s.issue.clone(), g.issue.clone());
            }
        }
        IssueMap { map }
    }

    fn get(&self, id: &str) -> String {
        self.map.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// Head nouns that name the same kind of issue in news and in gold ids.
const ISSUE_SYNONYMS: &[(&str, &str)] = &[
    ("agreement", "deal"),
    ("accord", "deal"),
    ("pact", "deal"),
    ("treaty", "deal"),
    ("truce", "ceasefire"),
    ("negotiation", "talk"),
    ("levy", "tariff"),
    ("levie", "tariff"),
    ("duty", "tariff"),
    ("dutie", "tariff"),
];

/// `issue_key` with synonyms folded, as a set.
fn folded_key(name: &str) -> BTreeSet<String> {
    issue_key(name)
        .into_iter()
        .map(|w| {
            ISSUE_SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map(|(_, to)| to.to_string())
                .unwrap_or(w)
        })
        .collect()
}

/// One set inside the other, sharing at least two words.
fn contains_either(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    shared >= 2 && (shared == a.len() || shared == b.len())
}

/// The slug of the label of a predicted issue node.
fn predicted_issue_label(ex: &Extraction, issue: &str) -> Option<String> {
    ex.actors
        .iter()
        .find(|a| a.kind == crate::model::ActorKind::Issue && a.id == issue)
        .map(|a| slugify(&a.label))
}

/// The predicted actors (issues aside), under the gold's ids.
fn predicted_actors(ex: &Extraction, map: &IdMap) -> BTreeSet<String> {
    ex.actors
        .iter()
        .filter(|a| a.kind != crate::model::ActorKind::Issue)
        .map(|a| map.get(&a.id))
        .collect()
}

/// Scores of a predicted set against a gold set of the same items.
fn overlap<T: Ord>(predicted: &BTreeSet<T>, gold: &BTreeSet<T>) -> Prf {
    let hit = predicted.intersection(gold).count();
    Prf {
        correct_predicted: hit,
        predicted: predicted.len(),
        found_gold: hit,
        gold: gold.len(),
    }
}

fn score_actors(gold: &Gold, ex: &Extraction, map: &IdMap, diag: &mut Diagnostics) -> Prf {
    let predicted = predicted_actors(ex, map);
    let gold_set: BTreeSet<String> = gold.actors.iter().cloned().collect();
    diag.missed_actors = gold_set.difference(&predicted).cloned().collect();
    diag.spurious_actors = predicted.difference(&gold_set).cloned().collect();
    overlap(&predicted, &gold_set)
}

fn score_statements(
    gold: &Gold,
    matched: &[Option<&Statement>],
    map: &IdMap,
    diag: &mut Diagnostics,
) -> StatementScore {
    let mut score = StatementScore {
        gold: gold.statements.len(),
        ..StatementScore::default()
    };
    for (g, found) in gold.statements.iter().zip(matched.iter().copied()) {
        let Some(p) = found else {
            diag.missed_statements
                .push(format!("{}: {}", g.speaker, g.quote));
            continue;
        };
        score.found += 1;
        let speaker = p.speaker.as_deref().map(|s| map.get(s));
        if speaker.as_deref() == Some(g.speaker.as_str()) {
            score.attributed += 1;
        } else {
            diag.misattributed.push(format!(
                "{}: {} != {}",
                g.quote,
                speaker.unwrap_or_else(|| "-".into()),
                g.speaker
            ));
        }
        let about: BTreeSet<String> = p.about.iter().map(|a| map.get(a)).collect();
        score.about_gold += g.about.len();
        score.about_found += g.about.iter().filter(|a| about.contains(*a)).count();
    }
    score
}

/// For each gold statement, the predicted statement that covers at least half of
/// its words, the best covering (then the shortest) when several do.
fn match_statements<'a>(gold: &Gold, ex: &'a Extraction) -> Vec<Option<&'a Statement>> {
    let text = &ex.doc.text;
    let seg = segment(text);
    let words: Vec<_> = seg
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| t.span)
        .collect();
    gold.statements
        .iter()
        .map(|g| best_statement(g, ex, text, &words))
        .collect()
}

fn best_statement<'a>(
    g: &GoldStatement,
    ex: &'a Extraction,
    text: &str,
    words: &[Span],
) -> Option<&'a Statement> {
    let quote = g.quote.trim().trim_end_matches([',', '.']).trim();
    let mut best: Option<(usize, usize, &Statement)> = None;
    for (s, e) in text.match_indices(quote).map(|(i, s)| (i, i + s.len())) {
        let gold_tokens: Vec<_> = words
            .iter()
            .filter(|w| w.start >= s && w.end <= e)
            .collect();
        if gold_tokens.is_empty() {
            continue;
        }
        for p in &ex.statements {
            let covered = gold_tokens
                .iter()
                .filter(|w| p.content.contains(***w))
                .count();
            if covered * 2 >= gold_tokens.len() && covered > 0 {
                let better = best.is_none_or(|(c, len, b)| {
                    covered * len > c * gold_tokens.len()
                        || (covered * len == c * gold_tokens.len()
                            && p.content.len() < b.content.len())
                });
                if better {
                    best = Some((covered, gold_tokens.len(), p));
                }
            }
        }
    }
    best.map(|(_, _, p)| p)
}

#[derive(Clone, Copy, PartialEq)]
enum Key {
    Root,
    Quad,
    Pair,
}

impl Key {
    /// What of a CAMEO code the key compares.
    fn of(self, code: &str) -> String {
        match self {
            Key::Root => root(code).to_string(),
            Key::Quad => quad_of_root(root(code)).to_string(),
            Key::Pair => String::new(),
        }
    }
}

/// The scored predicted relations (root 01 and hypothetical ones aside) as
/// (source, target, key of the code), under the gold's ids.
fn predicted_relations(
    ex: &Extraction,
    map: &IdMap,
    key: Key,
) -> BTreeSet<(String, String, String)> {
    ex.relations
        .iter()
        .filter(|r| root(&r.cameo) != "01" && r.modality != crate::model::Modality::Hypothetical)
        .map(|r| (map.get(&r.source), map.get(&r.target), key.of(&r.cameo)))
        .collect()
}

fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

fn quad_of_root(r: &str) -> u8 {
    match r.parse::<u8>().unwrap_or(0) {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

fn score_relations(
    gold: &Gold,
    ex: &Extraction,
    map: &IdMap,
    key: Key,
    diag: Option<&mut Diagnostics>,
) -> Prf {
    let kind_of = |code: &str| key.of(code);
    let predicted = predicted_relations(ex, map, key);
    let gold_rel: Vec<&GoldRelation> = gold
        .relations
        .iter()
        .filter(|r| root(&r.cameo) != "01")
        .collect();
    let matches = |p: &(String, String, String), g: &GoldRelation| {
        p.2 == kind_of(&g.cameo) && same_actors(&p.0, &p.1, g)
    };
    let correct: Vec<&(String, String, String)> = predicted
        .iter()
        .filter(|p| gold_rel.iter().any(|g| matches(p, g)))
        .collect();
    let found: Vec<&&GoldRelation> = gold_rel
        .iter()
        .filter(|g| predicted.iter().any(|p| matches(p, g)))
        .collect();
    if let Some(diag) = diag {
        for g in gold_rel
            .iter()
            .filter(|g| !predicted.iter().any(|p| matches(p, g)))
        {
            diag.missed_relations.push(format!(
                "{} -> {} {} ({}): {}",
                g.source, g.target, g.cameo, g.label, g.evidence
            ));
        }
        for p in predicted
            .iter()
            .filter(|p| !gold_rel.iter().any(|g| matches(p, g)))
        {
            let why = ex
                .relations
                .iter()
                .find(|r| {
                    map.get(&r.source) == p.0
                        && map.get(&r.target) == p.1
                        && kind_of(&r.cameo) == p.2
                })
                .map(|r| {
                    format!(
                        "{} [{}] {:?}",
                        r.cameo,
                        r.trigger.slice(&ex.doc.text),
                        r.evidence.slice(&ex.doc.text)
                    )
                })
                .unwrap_or_default();
            diag.spurious_relations
                .push(format!("{} -> {} {}", p.0, p.1, why));
        }
    }
    Prf {
        correct_predicted: correct.len(),
        predicted: predicted.len(),
        found_gold: found.len(),
        gold: gold_rel.len(),
    }
}

/// Are `source` and `target` the gold relation's actors (or their alternates)?
fn same_actors(source: &str, target: &str, g: &GoldRelation) -> bool {
    (source == g.source || g.alt_source.iter().any(|a| a == source))
        && (target == g.target || g.alt_target.iter().any(|a| a == target))
}

/// Stances over (doc, actor, issue[, polarity]): the last stance the document gives
/// for each (actor, issue) is the one it leaves the reader with.
fn score_stances(
    gold: &Gold,
    ex: &Extraction,
    map: &IdMap,
    issues: &IssueMap,
    with_polarity: bool,
    diag: Option<&mut Diagnostics>,
) -> Prf {
    let mut last: BTreeMap<(String, String), &crate::model::Stance> = BTreeMap::new();
    for s in &ex.stances {
        last.insert((map.get(&s.actor), issues.get(&s.issue)), s);
    }
    let key = |actor: &str, issue: &str, polarity: &str| {
        if with_polarity {
            format!("{actor} {issue} {polarity}")
        } else {
            format!("{actor} {issue}")
        }
    };
    let predicted: BTreeMap<String, &crate::model::Stance> = last
        .iter()
        .map(|((a, i), s)| (key(a, i, s.polarity.as_str()), *s))
        .collect();
    let gold_set: BTreeMap<String, &GoldStance> = gold
        .stances
        .iter()
        .map(|s| (key(&s.actor, &s.issue, &s.polarity), s))
        .collect();
    let hit = predicted
        .keys()
        .filter(|k| gold_set.contains_key(*k))
        .count();
    if let Some(diag) = diag {
        for (k, g) in &gold_set {
            if !predicted.contains_key(k) {
                diag.missed_stances.push(format!("{k} | {}", g.evidence));
            }
        }
        for (k, s) in &predicted {
            if !gold_set.contains_key(k) {
                let evidence = s.evidence.slice(&ex.doc.text);
                diag.spurious_stances.push(format!("{k} | {evidence}"));
            }
        }
    }
    Prf {
        correct_predicted: hit,
        predicted: predicted.len(),
        found_gold: hit,
        gold: gold_set.len(),
    }
}
