/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-preferences.h"

AdwPreferencesPage *
trygg_classification_preferences_new (TryggDatabase *db)
{
  return NULL;
}
