/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of the exchange and search tests: temporary folders, databases opened and closed
 * with every error asserted, a database filled with rows in every core table, exports read
 * back with json-glib, and file checksums for the tests that prove nothing was changed.
 */
#pragma once

#include <string.h>

#include <json-glib/json-glib.h>

#include "trygg-core.h"
#include "test-util.h"

G_BEGIN_DECLS

/* Folders, databases and queries come from the core tests' helpers (test-util.h). */
#define EX_ASSERT_OK TRYGG_ASSERT_OK

/* Asserts that @haystack contains @needle, showing both when it does not. */
#define EX_ASSERT_CONTAINS(haystack, needle)                                        \
  G_STMT_START {                                                                    \
    const char *h_ = (haystack), *n_ = (needle);                                    \
    if (h_ == NULL || strstr (h_, n_) == NULL)                                      \
      g_error ("%s:%d: “%s” does not contain “%s”", __FILE__, __LINE__, h_, n_);    \
  } G_STMT_END

/* The uuids of the rows ex_fill_all_tables() writes: one prefix per table. */
#define EX_UNIT(n)     "10000000-0000-4000-8000-0000000000" n
#define EX_PERSON(n)   "20000000-0000-4000-8000-0000000000" n
#define EX_SUPPLIER(n) "30000000-0000-4000-8000-0000000000" n
#define EX_ASSET(n)    "40000000-0000-4000-8000-0000000000" n
#define EX_SYSTEM(n)   "50000000-0000-4000-8000-0000000000" n
#define EX_PROCESS(n)  "60000000-0000-4000-8000-0000000000" n
#define EX_LINK(n)     "70000000-0000-4000-8000-0000000000" n
#define EX_ACTION(n)   "80000000-0000-4000-8000-0000000000" n

/* The core tables, in the order their rows must be written (referenced tables first). */
extern const char * const ex_core_tables[];

gboolean       ex_dir_has_only      (const char     *dir,
                                     ...) G_GNUC_NULL_TERMINATED;

void           ex_fill_all_tables   (TryggDatabase  *db);
void           ex_add_people        (TryggDatabase  *db,
                                     guint           n);

void           ex_export            (TryggDatabase  *db,
                                     const char     *path);
JsonNode      *ex_load_json         (const char     *path);
void           ex_save_json         (JsonNode       *root,
                                     const char     *path);
JsonArray     *ex_table_rows        (JsonNode       *root,
                                     const char     *table);
JsonObject    *ex_row               (JsonNode       *root,
                                     const char     *table,
                                     guint           index);
JsonObject    *ex_row_by_uuid       (JsonNode       *root,
                                     const char     *table,
                                     const char     *uuid);

char          *ex_read_file         (const char     *path,
                                     gsize          *length);
void           ex_write_file        (const char     *path,
                                     const char     *contents,
                                     gssize          length);

G_END_DECLS
