/* A private header of a lower layer, allowed to the layers but not to the command. */
#pragma once
