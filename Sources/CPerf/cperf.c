#include "CPerf.h"
