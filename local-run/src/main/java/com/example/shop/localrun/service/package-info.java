/**
 * The shop's services, each started from its built jar as a child process of the launcher, with its output in
 * {@code .run/logs/<service>.log}, and stopped together with anything it started.
 */
package com.example.shop.localrun.service;
