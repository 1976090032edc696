/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the headless tests of libtrygg-core.
 */
#pragma once

#include "trygg-core.h"

G_BEGIN_DECLS

/* Asserts that @call returned TRUE, showing the message of @error when it did not. */
#define TRYGG_ASSERT_OK(call, error) \
  G_STMT_START {                     \
    gboolean ok_ = (call);           \
    g_assert_no_error (error);       \
    g_assert_true (ok_);             \
  } G_STMT_END

/* A fresh temporary directory and the path of a database file in it. */
typedef struct
{
  char          *dir;
  char          *path;
  TryggDatabase *db;
} TryggTestFixture;

void           trygg_test_fixture_setup       (TryggTestFixture *fixture,
                                               gconstpointer     data);
void           trygg_test_fixture_setup_open  (TryggTestFixture *fixture,
                                               gconstpointer     data);
void           trygg_test_fixture_teardown    (TryggTestFixture *fixture,
                                               gconstpointer     data);

char          *trygg_test_make_dir            (void);
void           trygg_test_remove_dir          (const char       *dir);
GStrv          trygg_test_list_dir            (const char       *dir);
TryggDatabase *trygg_test_open                (const char       *path);
TryggDatabase *trygg_test_open_plugin         (const char       *dir,
                                               const TryggSchemaSource *source);
void           trygg_test_close               (TryggDatabase   **db);

gint64         trygg_test_query_int           (TryggDatabase    *db,
                                               const char       *sql,
                                               const char       *text_param);
char          *trygg_test_query_text          (TryggDatabase    *db,
                                               const char       *sql,
                                               const char       *text_param);
void           trygg_test_exec                (TryggDatabase    *db,
                                               const char       *sql);
void           trygg_test_save                (gpointer          entity,
                                               TryggDatabase    *db);
gint64         trygg_test_insert              (TryggDatabase    *db,
                                               const char       *sql,
                                               const char       *text,
                                               gint64            a,
                                               gint64            b);

sqlite3       *trygg_test_raw_open            (const char       *path);
char          *trygg_test_file_checksum       (const char       *path);
gint64         trygg_test_file_mtime_ns       (const char       *path);
guint          trygg_test_file_mode           (const char       *path);

G_END_DECLS
