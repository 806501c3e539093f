package com.example.shop.localrun.workspace;

import com.example.shop.localrun.lifecycle.StartupFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's root folder, so the launcher works from any folder inside the clone and finds the
 * services' jars and its {@code .run/} folder in the same place every time.
 *
 * <p>The root is the folder whose pom.xml lists this module: a plain pom.xml is not enough, because every
 * module has one. The system property {@code shop.home} names the root directly, for IDE run configurations.
 */
public final class RepositoryRoot {

    public static final String HOME_PROPERTY = "shop.home";
    private static final String MODULE_ENTRY = "<module>local-run</module>";

    private RepositoryRoot() {
    }

    public static Path locate() {
        return locate(System.getProperty(HOME_PROPERTY), Path.of("").toAbsolutePath());
    }

    static Path locate(String home, Path startFolder) {
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath().normalize();
            if (!isRoot(root)) {
                throw new StartupFailure("-D" + HOME_PROPERTY + "=" + home + " is not the repository root: it has no "
                        + "pom.xml listing " + MODULE_ENTRY);
            }
            return root;
        }
        for (Path folder = startFolder.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (isRoot(folder)) {
                return folder;
            }
        }
        throw new StartupFailure("Cannot find the repository root from " + startFolder + ": no folder above it has a "
                + "pom.xml listing " + MODULE_ENTRY + ". Start from inside the clone (./run.sh), or pass -D"
                + HOME_PROPERTY + "=<path of the clone>.");
    }

    private static boolean isRoot(Path folder) {
        Path pom = folder.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains(MODULE_ENTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
