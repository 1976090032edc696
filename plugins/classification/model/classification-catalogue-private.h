/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalogue import's rules, for its tests: a requirement's uuid and which bundled
 * catalogue a user's languages pick.
 */
#pragma once

#include "classification-model.h"

G_BEGIN_DECLS

/* data/demo/make-demo.py's NAMESPACE: requirement uuids are uuid5 over it */
#define TRYGG_CLASSIFICATION_UUID_NAMESPACE "6f2d4a1e-9b3c-5e7a-8d10-2c4b6e8f0a13"

#define TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV \
  "/io/github/trygg/Trygg/plugins/classification/catalogue/requirements.sv.json"
#define TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB \
  "/io/github/trygg/Trygg/plugins/classification/catalogue/requirements.nb.json"
#define TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN \
  "/io/github/trygg/Trygg/plugins/classification/catalogue/requirements.nn.json"

char        *trygg_classification_uuid5                (const char         *namespace_uuid,
                                                        const char         *name);
char        *trygg_classification_requirement_uuid     (const char         *code);
const char  *trygg_classification_bundled_catalogue_for (const char * const *languages);

G_END_DECLS
