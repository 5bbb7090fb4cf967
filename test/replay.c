/*
 * replay.c
 *		A main() for a fuzz target built without libFuzzer: it feeds each file
 *		named on the command line (or each file of each directory named) to
 *		LLVMFuzzerTestOneInput once, so the kept corpus of a target runs as a
 *		test under gcc's sanitizers.  Prints "<target>: N passed, N failed".
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "unit.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Run one input file; a crash ends the program, which is the failure. */
static void
replay_file(const char *path)
{
	size_t		len;
	char	   *data = unit_read_file(path, &len);
	uint8_t    *copy;

	CHECK(data != NULL);
	if (data == NULL)
		return;
	/* an exact-size copy, so that a read past the input is caught */
	copy = malloc(len ? len : 1);
	memcpy(copy, data, len);
	free(data);
	LLVMFuzzerTestOneInput(copy, len);
	free(copy);
	unit_passed++;
}

/* Run every regular file of a directory, in no particular order. */
static void
replay_dir(const char *dir)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	char		path[4096];

	CHECK(d != NULL);
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			replay_file(path);
	}
	closedir(d);
}

int
main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];

	for (int i = 1; i < argc; i++)
	{
		struct stat st;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			replay_dir(argv[i]);
		else
			replay_file(argv[i]);
	}
	return unit_done(name);
}
