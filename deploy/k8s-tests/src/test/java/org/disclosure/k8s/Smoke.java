package org.disclosure.k8s;
class Smoke {}
