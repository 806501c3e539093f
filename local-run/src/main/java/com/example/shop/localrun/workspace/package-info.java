/** Where the repository is, and the {@code .run/} folder in it that keeps the state of local runs. */
package com.example.shop.localrun.workspace;
