/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

#define TRYGG_EXCHANGE_ERROR (trygg_exchange_error_quark ())

typedef enum {
  TRYGG_EXCHANGE_ERROR_MALFORMED,     /* not JSON, or truncated */
  TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,  /* JSON, but not a Trygg exchange file */
  TRYGG_EXCHANGE_ERROR_TOO_NEW,       /* written by a newer Trygg or with a plugin we lack */
  TRYGG_EXCHANGE_ERROR_INCONSISTENT,  /* a row that does not fit: type, reference, duplicate */
} TryggExchangeError;

#define TRYGG_EXCHANGE_FORMAT_VERSION 1

typedef struct {
  gint64 added;
  gint64 updated;
  gint64 kept;
} TryggImportSummary;

/* Called from the thread doing the work with the share done, 0 to 1. */
typedef void (*TryggProgressFunc) (double   fraction,
                                   gpointer user_data);

GQuark   trygg_exchange_error_quark (void);
gboolean trygg_exchange_export_file (TryggDatabase       *db,
                                     const char          *path,
                                     GCancellable        *cancellable,
                                     TryggProgressFunc    progress,
                                     gpointer             user_data,
                                     GError             **error);
gboolean trygg_exchange_import_file (TryggDatabase       *db,
                                     const char          *path,
                                     TryggImportSummary  *summary,
                                     GCancellable        *cancellable,
                                     TryggProgressFunc    progress,
                                     gpointer             user_data,
                                     GError             **error);
gboolean trygg_exchange_import_resource (TryggDatabase     *db,
                                         const char        *resource_path,
                                         TryggImportSummary *summary,
                                         GError           **error);
char    *trygg_import_summary_describe  (const TryggImportSummary *summary);
GStrv    trygg_exchange_table_order (TryggDatabase       *db);

G_END_DECLS
