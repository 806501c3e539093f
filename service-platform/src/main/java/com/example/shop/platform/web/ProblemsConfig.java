package com.example.shop.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Installs the problem-document handler in every web service. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemHandler.class)
public class ProblemsConfig {
}
