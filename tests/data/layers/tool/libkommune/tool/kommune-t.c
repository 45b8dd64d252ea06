/* A command source reaching past the public header: the layer check refuses it. */
#include "core/kommune-t-private.h"
