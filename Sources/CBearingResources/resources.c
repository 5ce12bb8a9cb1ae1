// Bearing's resources, compiled into the executable with C23 #embed so that an installed `bearing` is one
// file: no resource bundle to lose, and debug builds, tests and the release binary read the same bytes.
// (SwiftPM's .embedInCode exhausts the Swift compiler on the 7.7 MB token vectors; #embed takes a second.)
// Clang lists every #embed'ed file in its dependency file, so editing a template rebuilds this file.
//
// Every file under Sources/<target>/Resources/ must be listed here: EmbeddedFilesTests fails otherwise.

#include "CBearingResources.h"

// Each file's bytes, then a NUL (not counted) so that an empty file is still a valid array.
#define EMBEDDED(name, array) { name, array, sizeof array - 1 }

static const unsigned char token_vectors[] = {
#embed "../BearingAlign/Resources/token-vectors.bin" suffix(,)
    0
};

static const unsigned char background_work[] = {
#embed "../BearingAlign/Resources/background-work.txt" suffix(,)
    0
};

static const unsigned char scoring_md[] = {
#embed "../BearingSite/Resources/scoring.md" suffix(,)
    0
};
static const unsigned char style_css[] = {
#embed "../BearingSite/Resources/assets/style.css" suffix(,)
    0
};
static const unsigned char search_js[] = {
#embed "../BearingSite/Resources/assets/search.js" suffix(,)
    0
};

static const unsigned char alignment_mustache[] = {
#embed "../BearingSite/Resources/templates/alignment.mustache" suffix(,)
    0
};
static const unsigned char dashboard_mustache[] = {
#embed "../BearingSite/Resources/templates/dashboard.mustache" suffix(,)
    0
};
static const unsigned char document_mustache[] = {
#embed "../BearingSite/Resources/templates/document.mustache" suffix(,)
    0
};
static const unsigned char layout_mustache[] = {
#embed "../BearingSite/Resources/templates/layout.mustache" suffix(,)
    0
};
static const unsigned char item_row_mustache[] = {
#embed "../BearingSite/Resources/templates/item-row.mustache" suffix(,)
    0
};
static const unsigned char list_mustache[] = {
#embed "../BearingSite/Resources/templates/list.mustache" suffix(,)
    0
};
static const unsigned char objective_mustache[] = {
#embed "../BearingSite/Resources/templates/objective.mustache" suffix(,)
    0
};
static const unsigned char priority_mustache[] = {
#embed "../BearingSite/Resources/templates/priority.mustache" suffix(,)
    0
};
static const unsigned char quarter_mustache[] = {
#embed "../BearingSite/Resources/templates/quarter.mustache" suffix(,)
    0
};
static const unsigned char attention_mustache[] = {
#embed "../BearingSite/Resources/templates/attention.mustache" suffix(,)
    0
};
static const unsigned char review_mustache[] = {
#embed "../BearingSite/Resources/templates/review.mustache" suffix(,)
    0
};
static const unsigned char roadmap_mustache[] = {
#embed "../BearingSite/Resources/templates/roadmap.mustache" suffix(,)
    0
};
static const unsigned char search_mustache[] = {
#embed "../BearingSite/Resources/templates/search.mustache" suffix(,)
    0
};
static const unsigned char strategy_mustache[] = {
#embed "../BearingSite/Resources/templates/strategy.mustache" suffix(,)
    0
};

static const unsigned char live_js[] = {
#embed "../BearingServe/Resources/live.js" suffix(,)
    0
};

static const struct bearing_embedded_file files[] = {
    EMBEDDED("BearingAlign/token-vectors.bin", token_vectors),
    EMBEDDED("BearingAlign/background-work.txt", background_work),
    EMBEDDED("BearingSite/scoring.md", scoring_md),
    EMBEDDED("BearingSite/assets/style.css", style_css),
    EMBEDDED("BearingSite/assets/search.js", search_js),
    EMBEDDED("BearingSite/templates/alignment.mustache", alignment_mustache),
    EMBEDDED("BearingSite/templates/dashboard.mustache", dashboard_mustache),
    EMBEDDED("BearingSite/templates/document.mustache", document_mustache),
    EMBEDDED("BearingSite/templates/item-row.mustache", item_row_mustache),
    EMBEDDED("BearingSite/templates/layout.mustache", layout_mustache),
    EMBEDDED("BearingSite/templates/list.mustache", list_mustache),
    EMBEDDED("BearingSite/templates/objective.mustache", objective_mustache),
    EMBEDDED("BearingSite/templates/priority.mustache", priority_mustache),
    EMBEDDED("BearingSite/templates/quarter.mustache", quarter_mustache),
    EMBEDDED("BearingSite/templates/attention.mustache", attention_mustache),
    EMBEDDED("BearingSite/templates/review.mustache", review_mustache),
    EMBEDDED("BearingSite/templates/roadmap.mustache", roadmap_mustache),
    EMBEDDED("BearingSite/templates/search.mustache", search_mustache),
    EMBEDDED("BearingSite/templates/strategy.mustache", strategy_mustache),
    EMBEDDED("BearingServe/live.js", live_js),
};

const struct bearing_embedded_file *bearing_embedded_files(size_t *count) {
    *count = sizeof files / sizeof files[0];
    return files;
}
