//! Lexicons: actors, roles, titles, relation patterns, speech cues, issues and the
//! CAMEO codebook. All are data files (see `data/README.md`), embedded at build time
//! and extendable by the user's own files; everything is compiled once per run.

pub mod issue_families;
pub mod issue_heads;
pub mod patterns;
mod trie;
pub mod tsv;
mod word_table;

use crate::error::LexiconError;
use crate::model::{ActorKind, Gender, Modality};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use issue_families::{Families, FamilyRow};
use patterns::{BuildWordHasher, Pattern, PatternSet};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;
use trie::PhraseTrie;
use tsv::{list, Table};
pub(crate) use word_table::WordTable;

/// The built-in lexicon files: (file name, contents).
pub const BUILTIN: &[(&str, &str)] = &[
    ("actors.tsv", include_str!("../../data/actors.tsv")),
    ("people.tsv", include_str!("../../data/people.tsv")),
    ("roles.tsv", include_str!("../../data/roles.tsv")),
    ("titles.tsv", include_str!("../../data/titles.tsv")),
    ("relations.tsv", include_str!("../../data/relations.tsv")),
    ("cues.tsv", include_str!("../../data/cues.tsv")),
    ("issues.tsv", include_str!("../../data/issues.tsv")),
    (
        "issue_families.tsv",
        include_str!("../../data/issue_families.tsv"),
    ),
    (
        "issue_heads.tsv",
        include_str!("../../data/issue_heads.tsv"),
    ),
    ("cameo.tsv", include_str!("../../data/cameo.tsv")),
    (
        "cameo_intents.tsv",
        include_str!("../../data/cameo_intents.tsv"),
    ),
    (
        "people_given_names.tsv",
        include_str!("../../data/people_given_names.tsv"),
    ),
    (
        "occupations.tsv",
        include_str!("../../data/occupations.tsv"),
    ),
    (
        "family_names.tsv",
        include_str!("../../data/family_names.tsv"),
    ),
    (
        "issue_modifiers.tsv",
        include_str!("../../data/issue_modifiers.tsv"),
    ),
    (
        "issue_authors.tsv",
        include_str!("../../data/issue_authors.tsv"),
    ),
];

/// Which lexicon a user file extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexiconKind {
    /// `actors.tsv` / `people.tsv` rows.
    Actors,
    /// `roles.tsv` rows.
    Roles,
    /// `titles.tsv` rows.
    Titles,
    /// `relations.tsv` rows.
    Relations,
    /// `cues.tsv` rows.
    Cues,
    /// `issues.tsv` rows.
    Issues,
    /// `issue_heads.tsv` rows.
    IssueHeads,
    /// `people_given_names.tsv` rows.
    GivenNames,
    /// `occupations.tsv` rows.
    Occupations,
    /// `family_names.tsv` rows.
    FamilyNames,
    /// `issue_modifiers.tsv` rows.
    IssueModifiers,
    /// `issue_authors.tsv` rows.
    IssueAuthors,
}

/// One actor of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    /// Canonical slug.
    pub id: String,
    /// Kind.
    pub kind: ActorKind,
    /// Display name.
    pub label: String,
    /// The state or organization it acts for.
    pub affiliation: Option<String>,
    /// Gender, for persons.
    pub gender: Gender,
    /// Names.
    pub aliases: Vec<String>,
    /// Seats and capitals acting for it.
    pub metonyms: Vec<String>,
    /// Adjectives first, then plural forms.
    pub demonyms: Vec<String>,
}

/// A dated role held by an actor.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleEntry {
    /// Holder's actor id.
    pub holder: String,
    /// The state or organization the role belongs to.
    pub org: String,
    /// Role keys.
    pub roles: Vec<String>,
    /// First day, if known.
    pub from: Option<NaiveDate>,
    /// Last day, if the role ended.
    pub to: Option<NaiveDate>,
}

impl RoleEntry {
    /// Does this role cover `date`? An unknown date matches current roles only.
    pub fn covers(&self, date: Option<NaiveDate>) -> bool {
        match date {
            Some(d) => self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t),
            None => self.to.is_none(),
        }
    }
}

/// What a title word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// An office someone holds (resolvable through roles).
    Office,
    /// A rank or honorific that introduces a name.
    Honorific,
    /// A description of a news organization.
    Media,
}

/// A title phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleEntry {
    /// Lowercase phrase.
    pub phrase: String,
    /// Role key it names (may be empty for honorifics).
    pub role: String,
    /// Gender it implies.
    pub gender: Gender,
    /// What it does.
    pub kind: TitleKind,
}

/// How a relation pattern finds its source and target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Subject before, object after.
    Svo,
    /// The subject is the target; the `by` actor the source.
    Passive,
    /// Both directions.
    Sym,
    /// Read inside what someone said: the speaker is the source, the target an
    /// actor of the statement (`"they are lying"` is a criticism of them).
    Quote,
}

/// A relation pattern's meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationEntry {
    /// Relation name.
    pub relation: String,
    /// CAMEO code.
    pub cameo: String,
    /// Goldstein weight.
    pub goldstein: f64,
    /// Quad class.
    pub quad_class: u8,
    /// Frame.
    pub frame: Frame,
    /// Modality the wording carries.
    pub modality: Modality,
    /// Diagram label.
    pub label: String,
}

/// What a speech cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A verb of saying.
    Speech,
    /// `according to X`: the speaker follows.
    According,
    /// A verb whose object is the addressee (`told NBC`).
    Addressee,
}

/// An issue actors take sides on.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueEntry {
    /// Slug.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Wordings.
    pub phrases: Vec<String>,
}

/// A CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoEntry {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Goldstein weight, when published.
    pub goldstein: Option<f64>,
    /// Quad class.
    pub quad_class: u8,
}

/// How a surface form names an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// A name or alias.
    Name,
    /// A seat or capital.
    Metonym,
    /// A plural demonym (`the Russians`).
    Demonym,
}

/// All lexicons, compiled.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Actors, in file order (built-in first).
    pub actors: Vec<ActorEntry>,
    /// Given names that tell a gender (`people_given_names.tsv`): a person the
    /// lexicon does not know takes the gender of their first name.
    pub(crate) given_names: GenderedWords,
    /// Nouns for what a person does (`occupations.tsv`), with the gender the word
    /// tells, if any: before a name or in an apposition they introduce a person.
    pub(crate) occupations: GenderedWords,
    /// Family names written first (`family_names.tsv`): like a given name, one
    /// opens a person's full name (`Liu Jinsong`), but tells no gender.
    pub(crate) family_names: HashSet<String, BuildWordHasher>,
    /// Words a document issue's id leaves out (`issue_modifiers.tsv`: `new`,
    /// `latest`, `proposed`).
    pub(crate) issue_modifiers: HashSet<String, BuildWordHasher>,
    /// Verbs whose subject authors the issue they take (`issue_authors.tsv`:
    /// `presented`, `unveiled`).
    pub(crate) issue_authors: HashSet<String, BuildWordHasher>,
    /// Dated roles.
    pub roles: Vec<RoleEntry>,
    /// Titles.
    pub titles: Vec<TitleEntry>,
    /// Relation meanings, parallel to `relation_patterns`.
    pub relations: Vec<RelationEntry>,
    /// Relation patterns.
    pub relation_patterns: PatternSet,
    /// Cue kinds, parallel to `cue_patterns`.
    pub cues: Vec<CueKind>,
    /// Cue patterns.
    pub cue_patterns: PatternSet,
    /// Issues.
    pub issues: Vec<IssueEntry>,
    /// The CAMEO codebook by code.
    pub cameo: BTreeMap<String, CameoEntry>,
    /// The intent and refusal codes of acts (`cameo_intents.tsv`), longest act
    /// prefix first.
    pub(crate) cameo_intents: Vec<CameoIntent>,
    actor_index: HashMap<String, usize, BuildWordHasher>,
    /// Indices into `roles` by holder and by org, in file order: documents look
    /// roles up for every person they name.
    roles_by_holder: HashMap<String, Vec<usize>, BuildWordHasher>,
    roles_by_org: HashMap<String, Vec<usize>, BuildWordHasher>,
    /// Surface forms, parallel to the automaton's patterns.
    forms: Vec<(String, Vec<(usize, FormKind)>)>,
    /// Built when first asked for: recognition walks `cased_form_trie` instead, and
    /// the automaton cost more to build than the rest of the actor lexicon.
    form_matcher: OnceLock<AhoCorasick>,
    /// The same forms in a trie walked from token starts, ASCII
    /// case-insensitive; built when first asked for, like `form_matcher`.
    form_trie: OnceLock<PhraseTrie>,
    /// The same forms in a cased trie ([`PhraseTrie::cased`]): actor
    /// recognition.
    cased_form_trie: PhraseTrie,
    /// Demonym adjectives (exact case), numbered; looked up at every capitalized
    /// word of every document.
    adjectives: WordTable,
    /// The first bytes that adjectives start with: most tokens (lowercase words,
    /// punctuation) start with none of them and need no lookup.
    adjective_first: [bool; 256],
    /// The actor index of each adjective, by its number in `adjectives`.
    adjective_actors: Vec<usize>,
    /// Title phrases, parallel to the title automaton.
    /// Built when first asked for, like `form_matcher`.
    title_matcher: OnceLock<AhoCorasick>,
    /// The same phrases in a trie walked from token starts (actor recognition).
    title_trie: PhraseTrie,
    /// First words of title phrases (`foreign`, `president`).
    title_starts: std::collections::HashSet<String, BuildWordHasher>,
    /// Issue phrases: (issue index) parallel to the issue automaton.
    issue_phrases: Vec<usize>,
    /// The texts of the issue phrases, for `issue_matcher`.
    issue_phrase_texts: Vec<String>,
    /// Built when first asked for: stance extraction scans with
    /// `issue_phrase_matcher`, which holds the same phrases.
    issue_matcher: OnceLock<AhoCorasick>,
    /// Issue phrases written `!phrase` (naming the other side), without the `!`:
    /// the issue index of each, parallel to `inverted_matcher`.
    inverted_phrases: Vec<usize>,
    /// Their texts, for `inverted_matcher`.
    inverted_texts: Vec<String>,
    /// Built when first asked for, like `issue_matcher`.
    inverted_matcher: OnceLock<Option<AhoCorasick>>,
    /// One automaton over the issue phrases, then the inverted phrases, then the
    /// family phrases without a slot: a document's text is scanned once for the
    /// three kinds instead of three times ([`Lexicon::issue_phrases_in`]).
    issue_phrase_matcher: AhoCorasick,
    /// Actor index by label or alias (exact case), the first actor in file order.
    actor_names: HashMap<String, usize, BuildWordHasher>,
    /// The distinctive words of each issue, parallel to `issues`, computed when
    /// first asked for: of the thousands of issues (family instances included),
    /// a run reads the words of the few its documents name.
    issue_words: Vec<OnceLock<Vec<String>>>,
    /// The stems of the words of each issue's phrases, parallel to `issues`,
    /// computed when first asked for ([`Lexicon::issue_wording_stems`]).
    issue_stems: Vec<OnceLock<Vec<String>>>,
    /// Issue index by id.
    issue_ids: HashMap<String, usize, BuildWordHasher>,
    /// Issue families and their instances (which follow the fixed rows in
    /// `issues`).
    families: Families,
    /// Head words of document issues (`issue_heads.tsv`), by written form.
    issue_heads: HashMap<String, issue_heads::IssueHead, BuildWordHasher>,
}

/// The issue phrases found in a text by [`Lexicon::issue_phrases_in`]: byte
/// spans (`start`, `end`) of matches that may lie inside words.
#[derive(Debug, Clone, Default)]
pub struct IssuePhrases {
    /// Phrases of fixed issue rows: (start, end, issue index).
    pub fixed: Vec<(usize, usize, usize)>,
    /// Phrases written `!phrase`: (start, end, issue index).
    pub inverted: Vec<(usize, usize, usize)>,
    /// Family phrases without a slot: (start, end, family, inverted).
    pub generic: Vec<(usize, usize, usize, bool)>,
}

/// Files making up a lexicon: (kind, file name, contents).
pub type Sources = Vec<(LexiconKind, String, String)>;

impl Lexicon {
    /// The lexicons embedded in the binary.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        Lexicon::with_user_files(&[])
    }

    /// The built-in lexicons extended by user files. A user actor or issue row whose
    /// id exists replaces the built-in row; user roles, titles, relations and cues
    /// are added.
    pub fn with_user_files(
        user: &[(LexiconKind, String, String)],
    ) -> Result<Lexicon, LexiconError> {
        let mut actor_files: Vec<(String, &str)> = vec![
            ("actors.tsv".into(), builtin("actors.tsv")),
            ("people.tsv".into(), builtin("people.tsv")),
        ];
        let mut role_files = vec![("roles.tsv".to_string(), builtin("roles.tsv"))];
        let mut title_files = vec![("titles.tsv".to_string(), builtin("titles.tsv"))];
        let mut relation_files = vec![("relations.tsv".to_string(), builtin("relations.tsv"))];
        let mut cue_files = vec![("cues.tsv".to_string(), builtin("cues.tsv"))];
        let mut issue_files = vec![
            ("issues.tsv".to_string(), builtin("issues.tsv")),
            (
                "issue_families.tsv".to_string(),
                builtin("issue_families.tsv"),
            ),
        ];
        let mut head_files = vec![("issue_heads.tsv".to_string(), builtin("issue_heads.tsv"))];
        let mut given_name_files = vec![(
            "people_given_names.tsv".to_string(),
            builtin("people_given_names.tsv"),
        )];
        let mut occupation_files =
            vec![("occupations.tsv".to_string(), builtin("occupations.tsv"))];
        let mut family_name_files =
            vec![("family_names.tsv".to_string(), builtin("family_names.tsv"))];
        let mut modifier_files = vec![(
            "issue_modifiers.tsv".to_string(),
            builtin("issue_modifiers.tsv"),
        )];
        let mut author_files = vec![(
            "issue_authors.tsv".to_string(),
            builtin("issue_authors.tsv"),
        )];
        for (kind, name, text) in user {
            let target = match kind {
                LexiconKind::Actors => &mut actor_files,
                LexiconKind::Roles => &mut role_files,
                LexiconKind::Titles => &mut title_files,
                LexiconKind::Relations => &mut relation_files,
                LexiconKind::Cues => &mut cue_files,
                LexiconKind::Issues => &mut issue_files,
                LexiconKind::IssueHeads => &mut head_files,
                LexiconKind::GivenNames => &mut given_name_files,
                LexiconKind::Occupations => &mut occupation_files,
                LexiconKind::FamilyNames => &mut family_name_files,
                LexiconKind::IssueModifiers => &mut modifier_files,
                LexiconKind::IssueAuthors => &mut author_files,
            };
            target.push((name.clone(), text.as_str()));
        }
        let cameo = load_cameo("cameo.tsv", builtin("cameo.tsv"))?;
        let actors = load_actors(&actor_files)?;
        let roles = load_roles(&role_files)?;
        let titles = load_titles(&title_files)?;
        let (relations, relation_patterns) = load_relations(&relation_files, &cameo)?;
        let (cues, cue_patterns) = load_cues(&cue_files)?;
        let (issues, families) = load_issues(&issue_files)?;
        let heads = issue_heads::load_issue_heads(&head_files)?;
        let mut lexicon = Lexicon::compile(
            actors,
            roles,
            titles,
            relations,
            relation_patterns,
            cues,
            cue_patterns,
            (issues, families),
            cameo,
        )?;
        lexicon.issue_heads = heads.into_iter().collect();
        // Only names that tell a gender are worth a row of their own.
        lexicon.given_names = load_gendered_words(&given_name_files, "name")?
            .into_iter()
            .filter(|(_, g)| *g != Gender::Unknown)
            .collect();
        lexicon.occupations = load_gendered_words(&occupation_files, "noun")?;
        lexicon.family_names = load_words(&family_name_files, "name")?;
        lexicon.issue_modifiers = load_words(&modifier_files, "word")?;
        lexicon.issue_authors = load_words(&author_files, "word")?;
        lexicon.cameo_intents = load_cameo_intents(
            "cameo_intents.tsv",
            builtin("cameo_intents.tsv"),
            &lexicon.cameo,
        )?;
        Ok(lexicon)
    }

    #[allow(clippy::too_many_arguments)]
    fn compile(
        actors: Vec<ActorEntry>,
        roles: Vec<RoleEntry>,
        titles: Vec<TitleEntry>,
        relations: Vec<RelationEntry>,
        relation_patterns: PatternSet,
        cues: Vec<CueKind>,
        cue_patterns: PatternSet,
        (issues, family_rows): (Vec<IssueEntry>, Vec<FamilyRow>),
        cameo: BTreeMap<String, CameoEntry>,
    ) -> Result<Lexicon, LexiconError> {
        let mut issues = issues;
        // The fixed rows alone go into the automata; family instances are found
        // around actor mentions (`issue_families.rs`).
        let fixed_issues = issues.len();
        let families = Families::expand(&family_rows, &actors, &mut issues);
        let actor_index: HashMap<String, usize, BuildWordHasher> = actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let mut roles_by_holder: HashMap<String, Vec<usize>, BuildWordHasher> = HashMap::default();
        let mut roles_by_org: HashMap<String, Vec<usize>, BuildWordHasher> = HashMap::default();
        for (i, r) in roles.iter().enumerate() {
            roles_by_holder.entry(r.holder.clone()).or_default().push(i);
            roles_by_org.entry(r.org.clone()).or_default().push(i);
        }
        let mut form_ids: HashMap<String, usize> = HashMap::new();
        let mut forms: Vec<(String, Vec<(usize, FormKind)>)> = Vec::new();
        let mut add_form = |form: &str, actor: usize, kind: FormKind| {
            let i = *form_ids.entry(form.to_string()).or_insert_with(|| {
                forms.push((form.to_string(), Vec::new()));
                forms.len() - 1
            });
            if !forms[i].1.iter().any(|(a, _)| *a == actor) {
                forms[i].1.push((actor, kind));
            }
        };
        let mut adjectives = WordTable::default();
        let mut adjective_first = [false; 256];
        let mut adjective_actors: Vec<usize> = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            add_form(&a.label, i, FormKind::Name);
            for alias in &a.aliases {
                add_form(alias, i, FormKind::Name);
            }
            for m in &a.metonyms {
                add_form(m, i, FormKind::Metonym);
            }
            let adjective_count = leading_adjectives(&a.demonyms);
            for (k, d) in a.demonyms.iter().enumerate() {
                if k < adjective_count {
                    // The first actor with the adjective keeps it.
                    if let Some(&b) = d.as_bytes().first() {
                        adjective_first[usize::from(b)] = true;
                    }
                    if adjectives.intern(d) as usize == adjective_actors.len() {
                        adjective_actors.push(i);
                    }
                } else {
                    add_form(d, i, FormKind::Demonym);
                    if !d.starts_with("the ") {
                        add_form(&format!("the {d}"), i, FormKind::Demonym);
                    }
                }
            }
        }
        let (form_matcher, title_matcher) = (OnceLock::new(), OnceLock::new());
        let form_trie = OnceLock::new();
        let cased_form_trie = PhraseTrie::cased(forms.iter().map(|(f, _)| f.as_str()));
        let title_trie = PhraseTrie::new(titles.iter().map(|t| t.phrase.as_str()));
        let title_starts = titles
            .iter()
            .filter(|t| t.kind != TitleKind::Honorific)
            .filter_map(|t| t.phrase.split_whitespace().next().map(str::to_string))
            .collect();
        let mut issue_phrase_texts = Vec::new();
        let mut issue_phrases = Vec::new();
        for (i, issue) in issues[..fixed_issues].iter().enumerate() {
            for p in &issue.phrases {
                issue_phrase_texts.push(p.clone());
                issue_phrases.push(i);
            }
        }
        let (inverted_texts, inverted_phrases): (Vec<String>, Vec<usize>) = issues[..fixed_issues]
            .iter()
            .enumerate()
            .flat_map(|(i, issue)| {
                issue
                    .phrases
                    .iter()
                    .filter_map(move |p| p.strip_prefix('!').map(|p| (p.to_string(), i)))
            })
            .filter(|(p, _)| !p.is_empty())
            .unzip();
        // Built once here: building it for every document cost more than the
        // rest of stance extraction.
        let issue_phrase_matcher = build_matcher(
            issue_phrase_texts
                .iter()
                .chain(&inverted_texts)
                .map(String::as_str)
                .chain(families.generic_texts().iter().map(String::as_str)),
        )?;
        let issue_words = issues.iter().map(|_| OnceLock::new()).collect();
        let issue_stems = issues.iter().map(|_| OnceLock::new()).collect();
        let issue_ids = issues
            .iter()
            .enumerate()
            .map(|(i, issue)| (issue.id.clone(), i))
            .collect();
        let mut actor_names: HashMap<String, usize, BuildWordHasher> = HashMap::default();
        for (i, a) in actors.iter().enumerate() {
            for name in std::iter::once(&a.label).chain(&a.aliases) {
                actor_names.entry(name.clone()).or_insert(i);
            }
        }
        Ok(Lexicon {
            actors,
            given_names: GenderedWords::default(),
            occupations: GenderedWords::default(),
            family_names: HashSet::default(),
            issue_modifiers: HashSet::default(),
            issue_authors: HashSet::default(),
            cameo_intents: Vec::new(),
            roles,
            titles,
            relations,
            relation_patterns,
            cues,
            cue_patterns,
            issues,
            cameo,
            actor_index,
            roles_by_holder,
            roles_by_org,
            forms,
            form_matcher,
            form_trie,
            cased_form_trie,
            adjective_first,
            adjectives,
            adjective_actors,
            title_matcher,
            title_trie,
            title_starts,
            issue_phrases,
            issue_phrase_texts,
            issue_matcher: OnceLock::new(),
            inverted_phrases,
            inverted_texts,
            inverted_matcher: OnceLock::new(),
            issue_phrase_matcher,
            actor_names,
            issue_words,
            issue_stems,
            issue_ids,
            families,
            issue_heads: HashMap::default(),
        })
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&ActorEntry> {
        self.actor_index.get(id).map(|&i| &self.actors[i])
    }

    /// The index of the actor with this id.
    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actor_index.get(id).copied()
    }

    /// The automaton over every actor surface form (ASCII case-insensitive; the
    /// caller checks case and word boundaries).
    ///
    /// Built on the first call (actor recognition uses
    /// [`Lexicon::form_matches_at`]).
    pub fn form_matcher(&self) -> &AhoCorasick {
        self.form_matcher
            .get_or_init(|| lazy_matcher(self.forms.iter().map(|(f, _)| f.as_str())))
    }

    /// Every actor surface form found in `text` starting at byte `start`, ASCII
    /// case-insensitive like [`Lexicon::form_matcher`]: `found(end, i)` with `end`
    /// the byte after the match and `i` the form's number for [`Lexicon::form`].
    /// Far cheaper than the automaton's scan of every byte when only matches at
    /// token starts are wanted.
    pub fn form_matches_at(&self, text: &str, start: usize, found: impl FnMut(usize, usize)) {
        self.form_trie
            .get_or_init(|| PhraseTrie::new(self.forms.iter().map(|(f, _)| f.as_str())))
            .matches_at(text, start, found);
    }

    /// The matches of [`Lexicon::form_matches_at`] whose text is the form as
    /// written, or with its lowercase first letter capitalized (`The Kremlin`
    /// for `the Kremlin`): the case actor recognition accepts. Cheaper, since
    /// the walk does not follow the other cases (a lowercase word starts few
    /// forms).
    pub fn cased_form_matches_at(&self, text: &str, start: usize, found: impl FnMut(usize, usize)) {
        self.cased_form_trie.matches_at(text, start, found);
    }

    /// Every title phrase found in `text` starting at byte `start`, like
    /// [`Lexicon::form_matches_at`]; `i` indexes `titles`.
    pub fn title_matches_at(&self, text: &str, start: usize, found: impl FnMut(usize, usize)) {
        self.title_trie.matches_at(text, start, found);
    }

    /// The surface form behind automaton pattern `i`, with its actors.
    pub fn form(&self, i: usize) -> (&str, &[(usize, FormKind)]) {
        let (f, a) = &self.forms[i];
        (f, a)
    }

    /// The document-issue head a lowercase word is, as written in
    /// `issue_heads.tsv` (no plural handling: the stance stage strips it).
    pub fn issue_head(&self, word: &str) -> Option<&issue_heads::IssueHead> {
        self.issue_heads.get(word)
    }

    /// The state or organization a demonym adjective names (`Russian` -> russia).
    pub fn adjective(&self, word: &str) -> Option<usize> {
        if let Some(&b) = word.as_bytes().first() {
            if !self.adjective_first[usize::from(b)] {
                return None;
            }
        }
        self.adjectives
            .get(word)
            .and_then(|id| self.adjective_actors.get(id as usize))
            .copied()
    }

    /// Is `word` (lowercase) the first word of an office or media title?
    pub fn is_title_start(&self, word: &str) -> bool {
        self.title_starts.contains(word)
    }

    /// The gender a given name tells (`people_given_names.tsv`), if it is one.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.given_names.get(word).copied()
    }

    /// Is `word` (lowercase) a word a document issue's id leaves out
    /// (`issue_modifiers.tsv`)?
    pub fn is_issue_modifier(&self, word: &str) -> bool {
        self.issue_modifiers.contains(word)
    }

    /// Is `word` (lowercase) a verb whose subject authors the issue it takes
    /// (`issue_authors.tsv`)?
    pub fn is_issue_author_verb(&self, word: &str) -> bool {
        self.issue_authors.contains(word)
    }

    /// Is `word` a family name written before the given name (`family_names.tsv`)?
    pub fn family_name_first(&self, word: &str) -> bool {
        self.family_names.contains(word)
    }

    /// The gender an occupation noun tells (`occupations.tsv`: `Unknown` for
    /// most), if the word is one.
    pub fn occupation(&self, word: &str) -> Option<Gender> {
        self.occupations.get(word).copied()
    }

    /// The automaton over title phrases (parallel to `titles`).
    ///
    /// Built on the first call (actor recognition uses
    /// [`Lexicon::title_matches_at`]).
    pub fn title_matcher(&self) -> &AhoCorasick {
        self.title_matcher
            .get_or_init(|| lazy_matcher(self.titles.iter().map(|t| t.phrase.as_str())))
    }

    /// The automaton over issue phrases; map a pattern index with [`Lexicon::issue_of_phrase`].
    pub fn issue_matcher(&self) -> &AhoCorasick {
        self.issue_matcher
            .get_or_init(|| lazy_matcher(self.issue_phrase_texts.iter().map(String::as_str)))
    }

    /// The issue index of issue-phrase pattern `i`.
    pub fn issue_of_phrase(&self, i: usize) -> usize {
        self.issue_phrases[i]
    }

    /// The automaton (ASCII case-insensitive) over the issue phrases written
    /// `!phrase`, which name the other side of their issue, without the `!`; none
    /// when no issue has one. Map a pattern index with
    /// [`Lexicon::issue_of_inverted_phrase`].
    pub fn inverted_issue_matcher(&self) -> Option<&AhoCorasick> {
        self.inverted_matcher
            .get_or_init(|| {
                if self.inverted_texts.is_empty() {
                    return None;
                }
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&self.inverted_texts)
                    .ok()
            })
            .as_ref()
    }

    /// The issue phrases, inverted phrases and family phrases without a slot
    /// that occur in `text` (ASCII case-insensitive, overlapping, anywhere: the
    /// caller checks word boundaries), from one scan. Each list is in the order
    /// in which its own automaton ([`Lexicon::issue_matcher`],
    /// [`Lexicon::inverted_issue_matcher`], [`Families::generic_matcher`]) reports
    /// them.
    pub fn issue_phrases_in(&self, text: &str) -> IssuePhrases {
        let fixed = self.issue_phrases.len();
        let inverted = fixed + self.inverted_phrases.len();
        let mut out = IssuePhrases::default();
        for m in self.issue_phrase_matcher.find_overlapping_iter(text) {
            let (start, end, p) = (m.start(), m.end(), m.pattern().as_usize());
            if p < fixed {
                out.fixed.push((start, end, self.issue_phrases[p]));
            } else if p < inverted {
                out.inverted
                    .push((start, end, self.inverted_phrases[p - fixed]));
            } else {
                let (family, inv) = self.families.generic_phrase(p - inverted);
                out.generic.push((start, end, family, inv));
            }
        }
        out
    }

    /// The issue index of inverted-phrase pattern `i`.
    pub fn issue_of_inverted_phrase(&self, i: usize) -> usize {
        self.inverted_phrases[i]
    }

    /// The index of the issue with this id (a fixed row or a family instance).
    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.issue_ids.get(id).copied()
    }

    /// The issue families: phrases with an actor slot and their instances.
    pub fn issue_families(&self) -> &Families {
        &self.families
    }

    /// The capitalized words of issue `i`'s label and phrases (`Gaza`, `India`,
    /// `NATO`), which tell a document about that issue from one about another.
    pub fn issue_distinctive_words(&self, i: usize) -> &[String] {
        match (self.issues.get(i), self.issue_words.get(i)) {
            (Some(issue), Some(words)) => words.get_or_init(|| distinctive_words(issue)),
            _ => &[],
        }
    }

    /// The words of issue `i`'s phrases as `p.split(|c: char|
    /// !c.is_alphanumeric())` gives them (the empty piece included), lowercased,
    /// less one final `s`; sorted, each once. `None` past the lexicon's issues.
    /// Stance extraction looks the words of a document up among those of the
    /// issues it names: split once per run, not once per document.
    pub fn issue_wording_stems(&self, i: usize) -> Option<&[String]> {
        let (issue, stems) = (self.issues.get(i)?, self.issue_stems.get(i)?);
        Some(stems.get_or_init(|| wording_stems(issue)))
    }

    /// The first actor (in file order) whose label or an alias is exactly `name`.
    pub fn actor_named(&self, name: &str) -> Option<&ActorEntry> {
        self.actor_names.get(name).map(|&i| &self.actors[i])
    }

    /// The holders of a role key in `org` at `date`.
    pub fn holders(&self, org: &str, role: &str, date: Option<NaiveDate>) -> Vec<&str> {
        let rows = self.roles_by_org.get(org).map_or(&[][..], Vec::as_slice);
        let mut out: Vec<&str> = rows
            .iter()
            .map(|&i| &self.roles[i])
            .filter(|r| r.org == org && r.roles.iter().any(|k| k == role) && r.covers(date))
            .map(|r| r.holder.as_str())
            .collect();
        out.dedup();
        out
    }

    /// Roles an actor held at `date`: (org, role keys).
    pub fn roles_of(&self, holder: &str, date: Option<NaiveDate>) -> Vec<&RoleEntry> {
        let rows = self
            .roles_by_holder
            .get(holder)
            .map_or(&[][..], Vec::as_slice);
        rows.iter()
            .map(|&i| &self.roles[i])
            .filter(|r| r.holder == holder && r.covers(date))
            .collect()
    }

    /// The intent code and the refusal code (if refusing it is an event) of an act
    /// coded `cameo`: `0332` and `1222` for military aid (074 is aid). The longest
    /// act prefix of `cameo_intents.tsv` decides; `None` when no row covers it.
    pub fn intent_and_refusal(&self, cameo: &str) -> Option<(&str, Option<&str>)> {
        self.cameo_intents
            .iter()
            .find(|row| cameo.starts_with(&row.act))
            .map(|row| (row.intent.as_str(), row.refusal.as_deref()))
    }

    /// The CAMEO entry for `code`, and the Goldstein weight with the parent-code
    /// fallback for codes that have none.
    pub fn goldstein(&self, code: &str) -> Option<(f64, u8)> {
        let entry = self.cameo.get(code)?;
        let mut weight = entry.goldstein;
        let mut parent = code.to_string();
        while weight.is_none() && parent.len() > 2 {
            parent.pop();
            weight = self.cameo.get(&parent).and_then(|e| e.goldstein);
        }
        Some((weight.unwrap_or(0.0), entry.quad_class))
    }
}

fn builtin(name: &str) -> &'static str {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or("")
}

/// See [`Lexicon::issue_wording_stems`].
/// How many of an actor's demonyms are adjectives: the first always, then every
/// following form up to the first plural (a form ending in `s` or written with
/// `the`). Several states have more than one adjective in use (`Argentine`,
/// `Argentinian`; `Philippine`, `Filipino`), and a title or a national is written
/// with either; a form the file lists after a plural (`Serbs|Serb`) stays a noun.
fn leading_adjectives(demonyms: &[String]) -> usize {
    let is_plural = |d: &String| d.ends_with('s') || d.starts_with("the ");
    let rest = demonyms
        .iter()
        .skip(1)
        .take_while(|d| !is_plural(d))
        .count();
    usize::from(!demonyms.is_empty()) + rest
}

fn wording_stems(issue: &IssueEntry) -> Vec<String> {
    let mut out: Vec<String> = issue
        .phrases
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
        .map(|w| {
            let mut lower = w.to_lowercase();
            if lower.ends_with('s') {
                lower.pop();
            }
            lower
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// An automaton built after loading, which can no longer report an error: the
/// phrases are ones `build_matcher` accepts elsewhere (only a pattern set past
/// aho-corasick's size limits fails), and on that failure it matches nothing
/// rather than stopping the run.
fn lazy_matcher<'a>(patterns: impl Iterator<Item = &'a str>) -> AhoCorasick {
    build_matcher(patterns)
        .or_else(|_| build_matcher(std::iter::empty()))
        .expect("an automaton of no patterns always builds")
}

fn build_matcher<'a>(patterns: impl Iterator<Item = &'a str>) -> Result<AhoCorasick, LexiconError> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map_err(|e| LexiconError {
            file: "lexicon".into(),
            line: 0,
            column: 0,
            message: format!("cannot compile matcher: {e}"),
        })
}

fn parse_gender(cell: &str) -> Option<Gender> {
    match cell {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        "" => Some(Gender::Unknown),
        _ => None,
    }
}

fn parse_date(cell: &str) -> Option<Option<NaiveDate>> {
    if cell.is_empty() {
        return Some(None);
    }
    NaiveDate::parse_from_str(cell, "%Y-%m-%d").ok().map(Some)
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

const ACTOR_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "label",
    "affiliation",
    "gender",
    "aliases",
    "metonyms",
    "demonyms",
];

fn load_actors(files: &[(String, &str)]) -> Result<Vec<ActorEntry>, LexiconError> {
    let mut actors: Vec<ActorEntry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (name, text) in files {
        let table = Table::parse(name, text, ACTOR_COLUMNS)?;
        for row in &table.rows {
            let c = &row.cells;
            if !is_slug(c[0]) {
                return Err(table.error(row, 0, format!("id {:?} is not a lowercase slug", c[0])));
            }
            let kind = ActorKind::parse(c[1])
                .filter(|k| *k != ActorKind::Issue)
                .ok_or_else(|| table.error(row, 1, format!("unknown kind {:?}", c[1])))?;
            if c[2].is_empty() {
                return Err(table.error(row, 2, "empty label"));
            }
            let gender = parse_gender(c[4]).ok_or_else(|| {
                table.error(row, 4, format!("gender {:?} is not m, f or empty", c[4]))
            })?;
            let entry = ActorEntry {
                id: c[0].to_string(),
                kind,
                label: c[2].to_string(),
                affiliation: (!c[3].is_empty()).then(|| c[3].to_string()),
                gender,
                aliases: list(c[5]),
                metonyms: list(c[6]),
                demonyms: list(c[7]),
            };
            match index.get(&entry.id) {
                Some(&i) => actors[i] = entry,
                None => {
                    index.insert(entry.id.clone(), actors.len());
                    actors.push(entry);
                }
            }
        }
    }
    Ok(actors)
}

fn load_roles(files: &[(String, &str)]) -> Result<Vec<RoleEntry>, LexiconError> {
    let mut roles = Vec::new();
    for (name, text) in files {
        let table = Table::parse(name, text, &["holder", "org", "roles", "from", "to"])?;
        for row in &table.rows {
            let c = &row.cells;
            let from = parse_date(c[3])
                .ok_or_else(|| table.error(row, 3, format!("bad date {:?}", c[3])))?;
            let to = parse_date(c[4])
                .ok_or_else(|| table.error(row, 4, format!("bad date {:?}", c[4])))?;
            if c[0].is_empty() || c[1].is_empty() {
                return Err(table.error(row, 0, "holder and org are required"));
            }
            roles.push(RoleEntry {
                holder: c[0].to_string(),
                org: c[1].to_string(),
                roles: list(c[2]),
                from,
                to,
            });
        }
    }
    Ok(roles)
}

/// Words with the gender they tell, looked up at every token: hashed with the
/// lexicon's word hasher (only read by key, never iterated, so the hasher changes
/// no output).
pub(crate) type GenderedWords = HashMap<String, Gender, BuildWordHasher>;

/// The rows of `word<TAB>gender` files (`people_given_names.tsv`,
/// `occupations.tsv`): a later file's row replaces an earlier one's.
fn load_gendered_words(
    files: &[(String, &str)],
    word_column: &str,
) -> Result<GenderedWords, LexiconError> {
    let mut out = GenderedWords::default();
    for (name, text) in files {
        let table = Table::parse(name, text, &[word_column, "gender"])?;
        for row in &table.rows {
            let c = &row.cells;
            let gender = parse_gender(c[1]).ok_or_else(|| {
                table.error(row, 1, format!("gender {:?} is not m, f or empty", c[1]))
            })?;
            if c[0].is_empty() {
                return Err(table.error(row, 0, format!("empty {word_column}")));
            }
            out.insert(c[0].to_string(), gender);
        }
    }
    Ok(out)
}

/// One word per row of a one-column table (`family_names.tsv`).
fn load_words(
    files: &[(String, &str)],
    column: &str,
) -> Result<HashSet<String, BuildWordHasher>, LexiconError> {
    let mut out = HashSet::default();
    for (name, text) in files {
        let table = Table::parse(name, text, &[column])?;
        for row in &table.rows {
            let word = row.cells[0];
            if word.is_empty() {
                return Err(table.error(row, 0, format!("empty {column}")));
            }
            out.insert(word.to_string());
        }
    }
    Ok(out)
}

fn load_titles(files: &[(String, &str)]) -> Result<Vec<TitleEntry>, LexiconError> {
    let mut titles = Vec::new();
    for (name, text) in files {
        let table = Table::parse(name, text, &["phrase", "role", "gender", "kind"])?;
        for row in &table.rows {
            let c = &row.cells;
            let kind = match c[3] {
                "office" | "" => TitleKind::Office,
                "honorific" => TitleKind::Honorific,
                "media" => TitleKind::Media,
                other => return Err(table.error(row, 3, format!("unknown title kind {other:?}"))),
            };
            let gender = parse_gender(c[2]).ok_or_else(|| {
                table.error(row, 2, format!("gender {:?} is not m, f or empty", c[2]))
            })?;
            if c[0].is_empty() {
                return Err(table.error(row, 0, "empty phrase"));
            }
            titles.push(TitleEntry {
                phrase: c[0].to_lowercase(),
                role: c[1].to_string(),
                gender,
                kind,
            });
        }
    }
    Ok(titles)
}

fn load_relations(
    files: &[(String, &str)],
    cameo: &BTreeMap<String, CameoEntry>,
) -> Result<(Vec<RelationEntry>, PatternSet), LexiconError> {
    let mut entries = Vec::new();
    let mut patterns = Vec::new();
    for (name, text) in files {
        let table = Table::parse(
            name,
            text,
            &["pattern", "relation", "cameo", "frame", "modality", "label"],
        )?;
        for row in &table.rows {
            let c = &row.cells;
            let pattern = Pattern::compile(c[0]).map_err(|m| table.error(row, 0, m))?;
            let code = cameo
                .get(c[2])
                .ok_or_else(|| table.error(row, 2, format!("unknown CAMEO code {:?}", c[2])))?;
            let frame = match c[3] {
                "svo" | "" => Frame::Svo,
                "passive" => Frame::Passive,
                "sym" => Frame::Sym,
                "quote" => Frame::Quote,
                other => return Err(table.error(row, 3, format!("unknown frame {other:?}"))),
            };
            let modality = Modality::parse(c[4])
                .ok_or_else(|| table.error(row, 4, format!("unknown modality {:?}", c[4])))?;
            let goldstein = goldstein_with_fallback(cameo, &code.code);
            entries.push(RelationEntry {
                relation: c[1].to_string(),
                cameo: code.code.clone(),
                goldstein,
                quad_class: code.quad_class,
                frame,
                modality,
                label: if c[5].is_empty() {
                    c[1].replace('_', " ")
                } else {
                    c[5].to_string()
                },
            });
            patterns.push(pattern);
        }
    }
    Ok((entries, PatternSet::new(patterns)))
}

fn goldstein_with_fallback(cameo: &BTreeMap<String, CameoEntry>, code: &str) -> f64 {
    let mut c = code.to_string();
    loop {
        if let Some(w) = cameo.get(&c).and_then(|e| e.goldstein) {
            return w;
        }
        if c.len() <= 2 {
            return 0.0;
        }
        c.pop();
    }
}

fn load_cues(files: &[(String, &str)]) -> Result<(Vec<CueKind>, PatternSet), LexiconError> {
    let mut kinds = Vec::new();
    let mut patterns = Vec::new();
    for (name, text) in files {
        let table = Table::parse(name, text, &["pattern", "kind"])?;
        for row in &table.rows {
            let c = &row.cells;
            let pattern = Pattern::compile(c[0]).map_err(|m| table.error(row, 0, m))?;
            let kind = match c[1] {
                "speech" | "" => CueKind::Speech,
                "according" => CueKind::According,
                "addressee" => CueKind::Addressee,
                other => return Err(table.error(row, 1, format!("unknown cue kind {other:?}"))),
            };
            kinds.push(kind);
            patterns.push(pattern);
        }
    }
    Ok((kinds, PatternSet::new(patterns)))
}

/// The fixed issue rows and the family rows (whose id holds a slot, `{X}` or
/// `{G}`); a later row with the same id replaces an earlier one.
fn load_issues(
    files: &[(String, &str)],
) -> Result<(Vec<IssueEntry>, Vec<FamilyRow>), LexiconError> {
    let mut issues: Vec<IssueEntry> = Vec::new();
    let mut families: Vec<FamilyRow> = Vec::new();
    for (name, text) in files {
        let table = Table::parse(name, text, &["id", "label", "phrases"])?;
        for row in &table.rows {
            let c = &row.cells;
            let rows = if issue_families::is_template(c[0]) {
                if !issue_families::template_is_slug(c[0]) {
                    return Err(table.error(
                        row,
                        0,
                        format!("family id {:?} is not a slug with one slot", c[0]),
                    ));
                }
                &mut families
            } else if is_slug(c[0]) {
                &mut issues
            } else {
                return Err(table.error(row, 0, format!("id {:?} is not a lowercase slug", c[0])));
            };
            let entry = IssueEntry {
                id: c[0].to_string(),
                label: c[1].to_string(),
                phrases: list(c[2]),
            };
            match rows.iter_mut().find(|i| i.id == entry.id) {
                Some(existing) => *existing = entry,
                None => rows.push(entry),
            }
        }
    }
    Ok((issues, families))
}

/// A row of `cameo_intents.tsv`: the codes an act (by code prefix) takes when it
/// is intended or refused.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CameoIntent {
    act: String,
    intent: String,
    refusal: Option<String>,
}

/// The rows of `cameo_intents.tsv`, longest act prefix first; every code must be
/// one of the codebook's.
fn load_cameo_intents(
    name: &str,
    text: &str,
    cameo: &BTreeMap<String, CameoEntry>,
) -> Result<Vec<CameoIntent>, LexiconError> {
    let table = Table::parse(name, text, &["act", "intent", "refusal"])?;
    let mut out = Vec::new();
    for row in &table.rows {
        let c = &row.cells;
        for (col, code) in c.iter().enumerate().filter(|(_, code)| !code.is_empty()) {
            if !cameo.contains_key(*code) {
                return Err(table.error(row, col, format!("unknown CAMEO code {code:?}")));
            }
        }
        if c[1].is_empty() {
            return Err(table.error(row, 1, "empty intent".to_string()));
        }
        out.push(CameoIntent {
            act: c[0].to_string(),
            intent: c[1].to_string(),
            refusal: (!c[2].is_empty()).then(|| c[2].to_string()),
        });
    }
    // Stable: rows of one length keep their file order.
    out.sort_by_key(|row| std::cmp::Reverse(row.act.len()));
    Ok(out)
}

fn load_cameo(name: &str, text: &str) -> Result<BTreeMap<String, CameoEntry>, LexiconError> {
    let table = Table::parse(name, text, &["code", "name", "goldstein", "quad_class"])?;
    let mut out = BTreeMap::new();
    for row in &table.rows {
        let c = &row.cells;
        let goldstein = if c[2].is_empty() {
            None
        } else {
            Some(
                c[2].parse::<f64>()
                    .map_err(|_| table.error(row, 2, format!("bad weight {:?}", c[2])))?,
            )
        };
        let quad_class = c[3]
            .parse::<u8>()
            .ok()
            .filter(|q| (1..=4).contains(q))
            .ok_or_else(|| table.error(row, 3, format!("bad quad class {:?}", c[3])))?;
        out.insert(
            c[0].to_string(),
            CameoEntry {
                code: c[0].to_string(),
                name: c[1].to_string(),
                goldstein,
                quad_class,
            },
        );
    }
    Ok(out)
}

/// The capitalized words of an issue's label and phrases (`Gaza`, `India`, `NATO`),
/// without sentence-initial articles.
fn distinctive_words(issue: &IssueEntry) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in std::iter::once(&issue.label).chain(&issue.phrases) {
        for (i, w) in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let all_caps = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
            // The label's first word is capitalized as a matter of course.
            let proper = if i == 0 && std::ptr::eq(text, &issue.label) {
                all_caps
            } else {
                capital
            };
            if proper && !matches!(w, "A" | "An" | "The") && !out.iter().any(|x| x == w) {
                out.push(w.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest act prefix decides: military aid (074) has codes of its own,
    /// another aid falls back on the root's; a conflictual act has no refusal.
    #[test]
    fn intents_and_refusals_take_the_longest_prefix() {
        let lex = Lexicon::builtin().unwrap();
        assert_eq!(lex.intent_and_refusal("074"), Some(("0334", Some("1224"))));
        assert_eq!(lex.intent_and_refusal("075"), Some(("033", Some("122"))));
        assert_eq!(lex.intent_and_refusal("0423"), Some(("036", Some("125"))));
        assert_eq!(lex.intent_and_refusal("163"), Some(("1312", None)));
        assert_eq!(lex.intent_and_refusal("111"), None);
    }

    /// Every adjective a state's demonyms list before the plurals names the
    /// state; a noun listed after them (`Serb`) does not, nor does a plural.
    #[test]
    fn second_adjectives_name_the_state() {
        let lex = Lexicon::builtin().unwrap();
        let named = |w: &str| lex.adjective(w).map(|i| lex.actors[i].id.as_str());
        assert_eq!(named("Argentinian"), Some("argentina"));
        assert_eq!(named("Filipino"), Some("philippines"));
        assert_eq!(named("Saudi Arabian"), Some("saudi_arabia"));
        assert_eq!(named("Serbian"), Some("serbia"));
        assert_eq!(named("Serb"), None);
        assert_eq!(named("Argentinians"), None);
        let forms =
            |d: &[&str]| leading_adjectives(&d.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(forms(&["French", "the French"]), 1);
        assert_eq!(forms(&["Swiss"]), 1);
        assert_eq!(forms(&[]), 0);
    }

    /// The word lists of document issues are lexicons too: the user's file adds
    /// to the built-in one, and a file without the `word` column is an error.
    #[test]
    fn issue_word_lists_take_user_files() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.is_issue_modifier("new") && !lex.is_issue_modifier("provisional"));
        assert!(lex.is_issue_author_verb("presented"));
        let user = "word\nprovisional\n".to_string();
        let files = [(LexiconKind::IssueModifiers, "mine.tsv".to_string(), user)];
        let lex = Lexicon::with_user_files(&files).unwrap();
        assert!(lex.is_issue_modifier("provisional") && lex.is_issue_modifier("new"));
        let missing_header = "verb\nunveiled\n".to_string();
        let files = [(
            LexiconKind::IssueAuthors,
            "bad.tsv".to_string(),
            missing_header,
        )];
        assert!(Lexicon::with_user_files(&files).is_err());
    }

    /// A code the codebook does not know is an error naming the file and line.
    #[test]
    fn an_unknown_intent_code_is_an_error() {
        let cameo = load_cameo("cameo.tsv", builtin("cameo.tsv")).unwrap();
        let text = "act\tintent\trefusal\n04\t036\t125\n05\t0399x\t\n";
        let err = load_cameo_intents("intents.tsv", text, &cameo).unwrap_err();
        assert_eq!(
            (err.file.as_str(), err.line, err.column),
            ("intents.tsv", 3, 2)
        );
    }

    /// On the example articles, at every byte, the cased forms are the
    /// case-insensitive ones that actor recognition's case test keeps (a form as
    /// written, or with its lowercase first letter capitalized).
    #[test]
    fn cased_forms_are_the_forms_of_the_right_case() {
        let lex = Lexicon::builtin().unwrap();
        let fits = |found: &str, form: &str| {
            let mut f = found.chars();
            let mut g = form.chars();
            found == form
                || match (f.next(), g.next()) {
                    (Some(a), Some(b))
                        if b.is_lowercase() && a.to_lowercase().eq(b.to_lowercase()) =>
                    {
                        f.as_str() == g.as_str()
                    }
                    _ => false,
                }
        };
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths.iter().take(8) {
            let text = std::fs::read_to_string(path).unwrap();
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let (mut want, mut got) = (Vec::new(), Vec::new());
                lex.form_matches_at(&text, start, |e, p| {
                    if fits(&text[start..e], lex.form(p).0) {
                        want.push((e, p));
                    }
                });
                lex.cased_form_matches_at(&text, start, |e, p| got.push((e, p)));
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "{} at {start}", path.display());
            }
        }
    }

    #[test]
    fn builtin_lexicon_loads() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.actor("russia").is_some());
        assert_eq!(lex.goldstein("125").map(|g| g.1), Some(3));
        // 1214 has no published weight: it falls back to 121's.
        assert_eq!(lex.goldstein("1214").map(|g| g.0), Some(-4.0));
    }

    #[test]
    fn indexes_answer_like_scans() {
        let lex = Lexicon::builtin().unwrap();
        // Roles by holder and by org, in file order, as a scan of every row gives.
        let date = NaiveDate::from_ymd_opt(2025, 8, 22);
        for r in &lex.roles {
            let scan: Vec<&RoleEntry> = lex
                .roles
                .iter()
                .filter(|x| x.holder == r.holder && x.covers(date))
                .collect();
            assert_eq!(lex.roles_of(&r.holder, date), scan);
            for role in &r.roles {
                let mut scan: Vec<&str> = lex
                    .roles
                    .iter()
                    .filter(|x| x.org == r.org && x.roles.contains(role) && x.covers(date))
                    .map(|x| x.holder.as_str())
                    .collect();
                scan.dedup();
                assert_eq!(lex.holders(&r.org, role, date), scan);
            }
        }
        // The first actor whose label or an alias is the name.
        for a in &lex.actors {
            let found = lex.actor_named(&a.label).map(|x| x.id.as_str());
            let scan = lex
                .actors
                .iter()
                .find(|x| x.label == a.label || x.aliases.contains(&a.label))
                .map(|x| x.id.as_str());
            assert_eq!(found, scan);
        }
        // Inverted issue phrases map back to an issue that has one.
        if let Some(ac) = lex.inverted_issue_matcher() {
            for i in 0..ac.patterns_len() {
                let issue = &lex.issues[lex.issue_of_inverted_phrase(i)];
                assert!(issue.phrases.iter().any(|p| p.starts_with('!')));
            }
        }
    }

    /// Cabinet posts, central banks and commission portfolios answer by date:
    /// `the British home secretary` before and after the September 2025 reshuffle,
    /// `the Japanese central bank governor` before and after April 2023.
    #[test]
    fn dated_posts_answer_the_holder_of_the_day() {
        let lex = Lexicon::builtin().unwrap();
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            ("uk", "interior_minister", on(2025, 6, 1), "cooper"),
            ("uk", "interior_minister", on(2025, 10, 1), "mahmood"),
            ("china", "trade_minister", on(2025, 6, 1), "wang_wentao"),
            (
                "federal_reserve",
                "chairperson",
                on(2025, 6, 1),
                "jerome_powell",
            ),
            ("japan", "central_bank_governor", on(2023, 1, 1), "kuroda"),
            ("japan", "central_bank_governor", on(2024, 1, 1), "ueda"),
            ("eu", "trade_commissioner", on(2023, 1, 1), "dombrovskis"),
            ("eu", "trade_commissioner", on(2025, 6, 1), "sefcovic"),
            ("us_senate", "majority_leader", on(2024, 6, 1), "schumer"),
            ("us_senate", "majority_leader", on(2025, 6, 1), "thune"),
        ];
        for (org, role, date, want) in cases {
            assert_eq!(
                lex.holders(org, role, date),
                vec![want],
                "{org} {role} {date:?}"
            );
        }
    }

    /// A post with one seat has one holder on any day a row starts or ends (a
    /// handover's outgoing `to` is the day before the incoming `from`), and no
    /// row ends before it starts.
    #[test]
    fn single_seat_posts_hand_over_without_overlap() {
        let lex = Lexicon::builtin().unwrap();
        const SINGLE_SEATS: &[&str] = &[
            "finance_minister",
            "central_bank_governor",
            "interior_minister",
            "justice_minister",
            "energy_minister",
            "trade_commissioner",
        ];
        for r in &lex.roles {
            if let (Some(from), Some(to)) = (r.from, r.to) {
                assert!(from <= to, "{} {}: ends before it starts", r.holder, r.org);
            }
            for role in r
                .roles
                .iter()
                .filter(|k| SINGLE_SEATS.contains(&k.as_str()))
            {
                for day in [r.from, r.to].into_iter().flatten() {
                    let holders = lex.holders(&r.org, role, Some(day));
                    assert!(holders.len() <= 1, "{} {role} on {day}: {holders:?}", r.org);
                }
            }
        }
    }

    #[test]
    fn user_rows_replace_builtin_ids_and_errors_name_the_line() {
        let user = vec![(
            LexiconKind::Actors,
            "mine.tsv".to_string(),
            format!(
                "{}\nrussia\tstate\tRussian Federation\t\t\tRussia\t\t\n",
                ACTOR_COLUMNS.join("\t")
            ),
        )];
        let lex = Lexicon::with_user_files(&user).unwrap();
        assert_eq!(lex.actor("russia").unwrap().label, "Russian Federation");
        let bad = vec![(
            LexiconKind::Actors,
            "bad.tsv".to_string(),
            format!("{}\nBad Id\tstate\tX\n", ACTOR_COLUMNS.join("\t")),
        )];
        let err = Lexicon::with_user_files(&bad).unwrap_err();
        assert_eq!((err.file.as_str(), err.line, err.column), ("bad.tsv", 2, 1));
    }
}
