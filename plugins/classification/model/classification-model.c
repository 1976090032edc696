/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Information classification without GTK: the scale presets, the aspects, the names of the
 * built-in consequence areas, the level-4 warning, and the organisation's names and
 * descriptions of the levels. Settings and consequence areas are in
 * classification-settings.c; drafts, saving a version, an asset's current profile and the
 * levels a system inherits are in classification-versions.c; the requirement catalogue and
 * its fulfilment are in classification-catalogue.c.
 *
 * The rule of DOMAIN.md §1: an aspect's level is the highest consequence over the areas.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-model-private.h"
#define LEVEL_CONTEXT "classification level"

const TryggClassificationPreset trygg_classification_presets[] = {
  { "klassa", N_("Municipal, KLASSA-style (levels 0–4, K/R/T)"), 0, 4,
    { "K", "R", "T", "S" },
    { NC_ ("classification level", "Negligible"), NC_ ("classification level", "Moderate"),
      NC_ ("classification level", "Considerable"), NC_ ("classification level", "Serious"),
      NC_ ("classification level", "Very serious") },
    { N_("A breach would cause no or negligible harm."),
      N_("A breach would cause moderate harm."),
      N_("A breach would cause considerable harm."),
      N_("A breach would cause serious harm."),
      N_("A breach would cause very serious harm, close to harm to national security.") },
    4 },
  { "agency", N_("Agency-style (levels 1–4, K/R/T)"), 1, 4,
    { "K", "R", "T", "S" },
    { NC_ ("classification level", "Negligible"), NC_ ("classification level", "Moderate"),
      NC_ ("classification level", "Considerable"), NC_ ("classification level", "Serious"), NULL },
    { N_("A breach would cause no or negligible harm."),
      N_("A breach would cause moderate harm."),
      N_("A breach would cause considerable harm."),
      N_("A breach would cause serious harm."), NULL },
    -1 },
  { "norwegian", N_("Norwegian, four classes (K/I/T)"), 1, 4,
    { "K", "I", "T", "S" },
    { NC_ ("classification level", "Open"), NC_ ("classification level", "Internal"),
      NC_ ("classification level", "Confidential"),
      NC_ ("classification level", "Strictly confidential"), NULL },
    { N_("May be known by anyone; a breach causes no harm."),
      N_("For people inside the organisation; a breach causes limited harm."),
      N_("For those who need it in their work; a breach causes considerable harm."),
      N_("For a few named people; a breach causes serious harm."), NULL },
    -1 },
  { NULL, NULL, 0, 0, { NULL }, { NULL }, { NULL }, -1 }
};

G_STATIC_ASSERT (G_N_ELEMENTS (trygg_classification_presets) == TRYGG_CLASSIFICATION_N_PRESETS + 1);

const char * const trygg_classification_aspect_keys[TRYGG_CLASSIFICATION_N_ASPECTS] = {
  "confidentiality", "integrity", "availability", "traceability"
};

static const char * const aspect_names[] = {
  NC_ ("classification aspect", "Confidentiality"),
  NC_ ("classification aspect", "Integrity"),
  NC_ ("classification aspect", "Availability"),
  NC_ ("classification aspect", "Traceability"),
};

static const struct { const char *key; const char *name; } area_names[] = {
  { "economic", N_("Economic loss") },
  { "operations", N_("Disruption of operations") },
  { "law", N_("Breach of law or contract") },
  { "trust", N_("Loss of trust") },
  { "society", N_("Harm to other organisations or society") },
  { "privacy", N_("Harm to personal integrity") },
  { "injury", N_("Personal injury") },
  { "environment", N_("Environmental damage") },
};

const TryggClassificationPreset *
trygg_classification_preset_lookup (const char *id)
{
  for (guint i = 0; trygg_classification_presets[i].id != NULL; i++)
    if (g_strcmp0 (trygg_classification_presets[i].id, id) == 0)
      return &trygg_classification_presets[i];
  return NULL;
}

/* the preset @id, or the KLASSA-style one for an unknown id */
const TryggClassificationPreset *
trygg_classification_preset_or_default (const char *id)
{
  const TryggClassificationPreset *preset = trygg_classification_preset_lookup (id);

  return preset != NULL ? preset : &trygg_classification_presets[0];
}

const char *
trygg_classification_aspect_key (TryggClassificationAspect aspect)
{
  g_return_val_if_fail (aspect < TRYGG_CLASSIFICATION_N_ASPECTS, NULL);
  return trygg_classification_aspect_keys[aspect];
}

gboolean
trygg_classification_aspect_from_key (const char                *key,
                                      TryggClassificationAspect *aspect)
{
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (g_strcmp0 (trygg_classification_aspect_keys[i], key) == 0)
      {
        *aspect = i;
        return TRUE;
      }
  return FALSE;
}

const char *
trygg_classification_aspect_name (TryggClassificationAspect aspect)
{
  g_return_val_if_fail (aspect < TRYGG_CLASSIFICATION_N_ASPECTS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "classification aspect", aspect_names[aspect]);
}

/* The translated name of a built-in consequence area, or %NULL for an unknown key. */
const char *
trygg_classification_area_key_name (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (area_names); i++)
    if (g_strcmp0 (area_names[i].key, key) == 0)
      return _(area_names[i].name);
  return NULL;
}

const char *
trygg_classification_level4_warning (void)
{
  return _("Level 4 is for information close to security-protected information. It must be "
           "handled by the security-protection officer, outside Trygg.");
}

/* Level names and descriptions */

static char *
level_text (TryggDatabase             *db,
            const char                *preset_id,
            TryggClassificationAspect  aspect,
            int                        level,
            gboolean                   description)
{
  const TryggClassificationPreset *preset = trygg_classification_preset_or_default (preset_id);
  sqlite3_stmt *stmt;
  const char *text;

  if (level < preset->min_level || level > preset->max_level)
    return g_strdup ("");
  stmt = trygg_database_prepare_cached (db,
      "SELECT name, description FROM classification_level "
      "WHERE preset = ?1 AND aspect = ?2 AND level = ?3", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, preset->id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, trygg_classification_aspect_key (aspect), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, level);
      if (sqlite3_step (stmt) == SQLITE_ROW &&
          *(text = (const char *) sqlite3_column_text (stmt, description ? 1 : 0)) != '\0')
        {
          char *own = g_strdup (text);
          sqlite3_reset (stmt);
          return own;
        }
      sqlite3_reset (stmt);
    }
  if (description)
    return g_strdup (_(preset->level_descriptions[level - preset->min_level]));
  return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, LEVEL_CONTEXT,
                                 preset->level_names[level - preset->min_level]));
}

/* Returns: (transfer full): the organisation's name of @level, else the preset's */
char *
trygg_classification_level_name (TryggDatabase             *db,
                                 const char                *preset,
                                 TryggClassificationAspect  aspect,
                                 int                        level)
{
  return level_text (db, preset, aspect, level, FALSE);
}

char *
trygg_classification_level_description (TryggDatabase             *db,
                                        const char                *preset,
                                        TryggClassificationAspect  aspect,
                                        int                        level)
{
  return level_text (db, preset, aspect, level, TRUE);
}

/**
 * trygg_classification_set_level_text:
 * @name: the organisation's name, "" for the preset's
 * @description: the organisation's description, "" for the preset's
 */
gboolean
trygg_classification_set_level_text (TryggDatabase              *db,
                                     const char                 *preset_id,
                                     TryggClassificationAspect   aspect,
                                     int                         level,
                                     const char                 *name,
                                     const char                 *description,
                                     GError                    **error)
{
  const TryggClassificationPreset *preset = trygg_classification_preset_lookup (preset_id);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;

  if (preset == NULL || aspect >= TRYGG_CLASSIFICATION_N_ASPECTS ||
      level < preset->min_level || level > preset->max_level)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("This scale has no level %d."), level);
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO classification_level (uuid, created_at, updated_at, preset, aspect, level, "
      "name, description) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7) "
      "ON CONFLICT (preset, aspect, level) DO UPDATE SET name = excluded.name, "
      "description = excluded.description, updated_at = excluded.updated_at", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, preset->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, trygg_classification_aspect_key (aspect), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, level);
      sqlite3_bind_text (stmt, 6, name != NULL ? name : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, description != NULL ? description : "", -1, SQLITE_TRANSIENT);
      if (trygg_database_step_done (db, stmt, error) && trygg_database_commit (db, error))
        return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}
