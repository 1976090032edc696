/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the classification report (classification-report.c, classification-report-asset.c,
 * classification-report-summary.c) and the CSV export (classification-csv.c) share: one row
 * per information asset with its current classification, read by
 * classification-report-data.c.
 */
#pragma once

#include "classification-report.h"

G_BEGIN_DECLS

/**
 * TryggClassificationReportRow:
 * @unit: the asset's organisation unit, "" when none
 * @owner: the information owner's name, "" when none
 * @owner_role: the owner's role, "" when none
 * @profile: the current version; @profile.version is 0 when the asset is not classified
 * @classified_on: the day the current version was saved (YYYY-MM-DD), %NULL if none
 * @classified_by, @signed_off_by: names, "" when nobody is named
 * @signed_off_on: YYYY-MM-DD, %NULL when not signed off
 * @next_review: YYYY-MM-DD, %NULL when not classified
 * @overdue: the next review is before today
 * @n_required: requirements the profile calls for
 * @n_unmet: of those, not met or only partly met
 * @n_open: of those, without a status yet
 */
typedef struct {
  gint64                      asset_id;
  char                       *asset_uuid;
  char                       *name;
  char                       *unit;
  char                       *owner;
  char                       *owner_role;
  TryggClassificationProfile  profile;
  char                       *profile_text;
  char                       *classified_on;
  char                       *classified_by;
  char                       *signed_off_by;
  char                       *signed_off_on;
  char                       *next_review;
  gboolean                    overdue;
  gboolean                    personal_data;
  gboolean                    special_categories;
  gboolean                    secrecy;
  char                       *secrecy_reference;
  guint                       n_required;
  guint                       n_unmet;
  guint                       n_open;
} TryggClassificationReportRow;

void       trygg_classification_report_row_free (TryggClassificationReportRow *row);
TryggClassificationReportRow *
           trygg_classification_report_row_read (TryggDatabase  *db,
                                                 gint64          asset_id,
                                                 GError        **error);
GArray    *trygg_classification_report_unit_assets (TryggDatabase  *db,
                                                    gint64          unit_id,
                                                    GError        **error);
GArray    *trygg_classification_report_all_assets  (TryggDatabase  *db,
                                                    GError        **error);
char      *trygg_classification_report_today    (void);
char      *trygg_classification_report_level    (TryggDatabase  *db,
                                                 const TryggClassificationProfile *profile,
                                                 TryggClassificationAspect aspect);

/* the parts of the PDF report */
gboolean   trygg_classification_report_write_asset (TryggDatabase  *db,
                                                    TryggPdfWriter *writer,
                                                    TryggClassificationReportRow *row,
                                                    const char     *subtitle,
                                                    GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggClassificationReportRow, trygg_classification_report_row_free)

G_END_DECLS
