/** The results: a text table, an HTML page with inline SVG plots, and the raw figures as JSON. */
package com.example.shop.benchmarks.report;
