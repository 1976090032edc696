/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "trygg-core.h"
#include "actionplan-item.h"

G_BEGIN_DECLS

/**
 * TryggActionplanStatus:
 * @value: the plan status stored in `actionplan_item.plan_status`
 * @label: untranslated, marked with N_()
 * @action_status: the status of the item's action in the core tracker
 * @icon_name: the symbolic icon shown with the label (colour is never the only signal)
 */
typedef struct {
  const char *value;
  const char *label;
  const char *action_status;
  const char *icon_name;
} TryggActionplanStatus;

#define TRYGG_ACTIONPLAN_N_STATUSES 6

/* In the order the plan shows them; ends with a { NULL } entry. */
extern const TryggActionplanStatus trygg_actionplan_statuses[];

guint        trygg_actionplan_status_index         (const char           *plan_status);
const char  *trygg_actionplan_status_label         (const char           *plan_status);
const char  *trygg_actionplan_status_icon          (const char           *plan_status);
const char  *trygg_actionplan_status_to_action     (const char           *plan_status);
const char  *trygg_actionplan_status_from_action   (const char           *action_status,
                                                    const char           *plan_status);

guint        trygg_actionplan_quarter_first        (guint                 quarters);
guint        trygg_actionplan_quarter_last         (guint                 quarters);
char        *trygg_actionplan_quarter_name         (guint                 quarter);
char        *trygg_actionplan_quarters_to_string   (guint                 quarters);
char        *trygg_actionplan_due_quarter          (int                   year,
                                                    guint                 quarters);
guint        trygg_actionplan_current_quarter      (int                  *year);
char        *trygg_actionplan_due_text             (TryggActionplanItem  *item);

gboolean     trygg_actionplan_item_save            (TryggActionplanItem  *item,
                                                    TryggDatabase        *db,
                                                    GError              **error);
gboolean     trygg_actionplan_item_delete          (TryggActionplanItem  *item,
                                                    TryggDatabase        *db,
                                                    gint64               *first_change,
                                                    gint64               *last_change,
                                                    GError              **error);

TryggActionplanItem *trygg_actionplan_load         (TryggDatabase        *db,
                                                    gint64                id,
                                                    GError              **error);
GPtrArray   *trygg_actionplan_list_year            (TryggDatabase        *db,
                                                    int                   year,
                                                    const char           *today,
                                                    GError              **error);
void         trygg_actionplan_store_reload         (GListStore           *store,
                                                    TryggDatabase        *db,
                                                    int                   year);
gboolean     trygg_actionplan_find_uuid            (TryggDatabase        *db,
                                                    const char           *uuid,
                                                    int                  *year,
                                                    gint64               *id);
GStrv        trygg_actionplan_list_areas           (TryggDatabase        *db);
guint        trygg_actionplan_count_year           (TryggDatabase        *db,
                                                    int                   year,
                                                    const char           *today,
                                                    guint                *counts,
                                                    guint                *late);

const char * const *trygg_actionplan_followup_headers (void);
extern const double trygg_actionplan_followup_widths[];
GPtrArray   *trygg_actionplan_followup_rows        (TryggDatabase        *db,
                                                    int                   year,
                                                    const char           *today,
                                                    GError              **error);

G_END_DECLS
