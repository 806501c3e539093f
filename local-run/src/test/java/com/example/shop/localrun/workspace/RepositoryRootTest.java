package com.example.shop.localrun.workspace;

import com.example.shop.localrun.lifecycle.StartupFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryRootTest {

    @TempDir
    Path clone;

    @Test
    void walksUpPastModulePomsToThePomThatListsTheLauncher() throws IOException {
        Files.writeString(clone.resolve("pom.xml"), "<modules><module>local-run</module></modules>");
        Path module = Files.createDirectories(clone.resolve("command-side/src/main"));
        Files.writeString(clone.resolve("command-side/pom.xml"), "<artifactId>command-side</artifactId>");

        assertThat(RepositoryRoot.locate(null, module)).isEqualTo(clone.toRealPath());
    }

    @Test
    void theHomePropertyWinsOverTheCurrentFolder() throws IOException {
        Files.writeString(clone.resolve("pom.xml"), "<module>local-run</module>");

        assertThat(RepositoryRoot.locate(clone.toString(), Path.of("/"))).isEqualTo(clone);
    }

    @Test
    void saysWhatToDoWhenNoRootIsFound() {
        assertThatThrownBy(() -> RepositoryRoot.locate(null, clone))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("-Dshop.home=");
        assertThatThrownBy(() -> RepositoryRoot.locate(clone.toString(), Path.of("/")))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("is not the repository root");
    }
}
