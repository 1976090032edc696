/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"

G_BEGIN_DECLS

typedef enum {
  TRYGG_FIELD_TEXT,       /* one line */
  TRYGG_FIELD_MULTILINE,  /* a paragraph */
  TRYGG_FIELD_CHOICE,     /* one of @choices, stored as its value */
  TRYGG_FIELD_REFERENCE,  /* a row of @reference_type's table, stored as its id */
  TRYGG_FIELD_BOOLEAN,
  TRYGG_FIELD_DATE,       /* YYYY-MM-DD or empty (NULL) */
  TRYGG_FIELD_QUARTER,    /* YYYY-Qn or empty (NULL) */
  TRYGG_FIELD_LINKS,      /* rows of @reference_type linked through @link */
} TryggFieldKind;

typedef struct {
  const char *value;
  const char *label;      /* untranslated, marked with N_() */
} TryggChoice;

/**
 * TryggField:
 * @property: the entity property the field edits
 * @label: untranslated label, marked with N_()
 * @choices: for %TRYGG_FIELD_CHOICE, terminated by { NULL, NULL }
 * @reference_type: for %TRYGG_FIELD_REFERENCE and %TRYGG_FIELD_LINKS, e.g. trygg_person_get_type
 * @link: for %TRYGG_FIELD_LINKS, the link table
 * @link_from_left: %TRUE when the edited row is on the link's left side
 *
 * One row of a detail form. A form is an array of fields ending with a %NULL @property.
 */
typedef struct {
  const char        *property;
  const char        *label;
  TryggFieldKind     kind;
  const TryggChoice *choices;
  GType            (*reference_type) (void);
  const TryggLinkKind *link;
  gboolean           link_from_left;
} TryggField;

const char *trygg_choice_label (const TryggChoice *choices,
                                const char        *value);

#define TRYGG_TYPE_FORM (trygg_form_get_type ())
G_DECLARE_FINAL_TYPE (TryggForm, trygg_form, TRYGG, FORM, GtkWidget)

GtkWidget   *trygg_form_new        (TryggDatabase    *db,
                                    const TryggField *fields);
void         trygg_form_set_entity (TryggForm        *self,
                                    TryggEntity      *entity);
TryggEntity *trygg_form_get_entity (TryggForm        *self);
gboolean     trygg_form_flush      (TryggForm        *self);
void         trygg_form_focus_first (TryggForm       *self);

G_END_DECLS
