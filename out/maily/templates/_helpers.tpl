{{/*
maily.name: the chart name, or .Values.nameOverride; at most 63 characters.
Usage: {{ include "maily.name" $ }}
*/}}
{{- define "maily.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
maily.fullname: the prefix of every object name. .Values.fullnameOverride, or
the release name suffixed with the chart name unless it already contains it.
At most 63 characters.
Usage: {{ include "maily.fullname" $ }}
*/}}
{{- define "maily.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := include "maily.name" . }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.componentName: "<fullname>-<component>", the name of every object of a
component. The fullname is cut first, so the suffix survives and the names of
two components never collide. At most 63 characters. Fails unless the name is
a DNS-1035 label (Service names must be), e.g. for a release named "0777".
Usage: {{ include "maily.componentName" (list $ "api") }}
*/}}
{{- define "maily.componentName" -}}
{{- $component := index . 1 }}
{{- $base := include "maily.fullname" (index . 0) | trunc (int (sub 62 (len $component))) | trimSuffix "-" }}
{{- $name := printf "%s-%s" $base $component }}
{{- if not (regexMatch "^[a-z]([-a-z0-9]*[a-z0-9])?$" $name) }}
{{- fail (printf "object name %q is not a DNS-1035 label: use a release name (or fullnameOverride) that starts with a lowercase letter and holds only lowercase letters, digits and '-'" $name) }}
{{- end }}
{{- $name }}
{{- end }}

{{/*
maily.serviceAccountName: the ServiceAccount of a component's pods:
serviceAccount.name, else "<fullname>-<component>" when the chart creates it,
else "default".
Usage: {{ include "maily.serviceAccountName" (list $ "aiService" "ai-service") }}
*/}}
{{- define "maily.serviceAccountName" -}}
{{- $root := index . 0 }}
{{- $sa := (index $root.Values (index . 1)).serviceAccount }}
{{- if $sa.name }}{{ $sa.name }}
{{- else if $sa.create }}{{ include "maily.componentName" (list $root (index . 2)) }}
{{- else }}default
{{- end }}
{{- end }}

{{/*
maily.chart: "<chart>-<version>" for the helm.sh/chart label.
Usage: {{ include "maily.chart" $ }}
*/}}
{{- define "maily.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
maily.pullSecretName: the name of a global.imagePullSecrets item, given as
"regcred" or as {name: regcred}.
Usage: {{ include "maily.pullSecretName" $item }}
*/}}
{{- define "maily.pullSecretName" -}}
{{- if kindIs "string" . }}{{ . }}{{ else }}{{ .name }}{{ end }}
{{- end }}

{{/*
maily.digestSuffix: "@<digest>" for an image digest, nothing for "".
Usage: {{ $.Values.api.image.digest | include "maily.digestSuffix" }}
*/}}
{{- define "maily.digestSuffix" -}}
{{- if . }}@{{ . }}{{ end }}
{{- end }}

{{/*
maily.imageRegistryPrefix: "<global.imageRegistry>/", or nothing when it is empty.
Usage: {{ include "maily.imageRegistryPrefix" $ }}
*/}}
{{- define "maily.imageRegistryPrefix" -}}
{{- with .Values.global.imageRegistry }}{{ . }}/{{ end }}
{{- end }}

{{/*
maily.secretFileItems: the Secret volume items of a component with secretsAsFiles,
as JSON: each key its secretEnv reads, and while dataTier.enabled is false the URL
keys of the data servers it calls, once, sorted, at the path of the same name.
Usage: {{ include "maily.secretFileItems" (list $ "api") | fromJsonArray }}
*/}}
{{- define "maily.secretFileItems" -}}
{{- $root := index . 0 }}
{{- $v := index $root.Values (index . 1) }}
{{- $keys := dict }}
{{- range $name, $key := $v.secretEnv }}
{{- $_ := set $keys $key true }}
{{- end }}
{{- if not $root.Values.dataTier.enabled }}
{{- range $key := index (dict "api" (list "database-url" "redis-url" "rabbitmq-url") "web" (list "database-url") "workers" (list "database-url" "redis-url" "rabbitmq-url") "aiService" (list "database-url" "redis-url") "aiMesh" (list "database-url" "redis-url") "emailProcessing" (list "database-url") "contactManagement" (list "database-url") "analytics" (list "database-url" "redis-url") "blockchain" (list "redis-url") "mailydocs" (list "database-url" "redis-url") "apiEdgeCaching" (list ) "waf" (list ) "ipWarming" (list "database-url" "redis-url" "rabbitmq-url")) (index . 1) }}
{{- $_ := set $keys $key true }}
{{- end }}
{{- end }}
{{- $items := list }}
{{- range $key := keys $keys | sortAlpha }}
{{- $items = append $items (dict "key" $key "path" $key) }}
{{- end }}
{{- toJson $items }}
{{- end }}

{{/*
maily.quantity: a Kubernetes quantity ("500m", "1.5Gi", 2) in base units (cores, bytes).
Usage: {{ include "maily.quantity" "512Mi" | float64 }}
*/}}
{{- define "maily.quantity" -}}
{{- $q := toString . }}
{{- $number := regexReplaceAll "^([0-9]*\\.?[0-9]*([eE][-+]?[0-9]+)?).*$" $q "${1}" }}
{{- $suffix := trimPrefix $number $q }}
{{- $factors := dict "" 1.0 "m" 0.001 "k" 1000.0 "M" 1000000.0 "G" 1000000000.0 "T" 1000000000000.0 "P" 1000000000000000.0 "E" 1000000000000000000.0 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 }}
{{- mulf (float64 $number) (get $factors $suffix) }}
{{- end }}

{{/*
maily.quantityText: a quantity as the manifest shows it: a string as written,
a whole number as digits (2, 1000000), another number as Go prints it (0.5).
Usage: {{ include "maily.quantityText" $.Values.api.resources.limits.cpu }}
*/}}
{{- define "maily.quantityText" -}}
{{- if kindIs "string" . }}{{ . }}
{{- else if eq (float64 .) (float64 (int64 .)) }}{{ int64 . }}
{{- else }}{{ . }}
{{- end }}
{{- end }}

{{/*
maily.dashboardUid: a Grafana dashboard's uid, "maily-" and the first 16 hex
digits of the SHA-256 of "<namespace>/<fullname>/<dashboard>".
Usage: {{ include "maily.dashboardUid" (list $ "overview") }}
*/}}
{{- define "maily.dashboardUid" -}}
{{- $root := index . 0 }}
{{- printf "%s/%s/%s" $root.Release.Namespace (include "maily.fullname" $root) (index . 1) | sha256sum | trunc 16 | printf "maily-%s" }}
{{- end }}

{{/*
maily.externalSecretData: the ExternalSecret's data as JSON: one entry per Secret
key that an enabled component reads (secretEnv values, and optionalSecretEnv
values named in externalSecret.remoteRefs, and the data tier's keys: its
credentials while dataTier.enabled, else the URL keys of the enabled components), sorted, each read from
externalSecret.remoteRefs.<key>, else from externalSecret.remoteKey, property <key>.
Usage: {{ include "maily.externalSecretData" $ | fromJsonArray }}
*/}}
{{- define "maily.externalSecretData" -}}
{{- $es := .Values.externalSecret }}
{{- $keys := dict }}
{{- range $component := list "api" "web" "workers" "aiService" "aiMesh" "emailProcessing" "contactManagement" "analytics" "blockchain" "mailydocs" "apiEdgeCaching" "waf" "ipWarming" }}
{{- $v := index $.Values $component }}
{{- if $v.enabled }}
{{- range $name, $key := $v.secretEnv }}
{{- $_ := set $keys $key true }}
{{- end }}
{{- range $name, $key := $v.optionalSecretEnv }}
{{- if hasKey $es.remoteRefs $key }}
{{- $_ := set $keys $key true }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- if $.Values.dataTier.enabled }}
{{- $_ := set $keys "postgres-user" true }}
{{- $_ := set $keys "postgres-password" true }}
{{- $_ := set $keys "redis-password" true }}
{{- $_ := set $keys "rabbitmq-user" true }}
{{- $_ := set $keys "rabbitmq-password" true }}
{{- else }}
{{- if (index $.Values "api").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- $_ := set $keys "rabbitmq-url" true }}
{{- end }}
{{- if (index $.Values "web").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- end }}
{{- if (index $.Values "workers").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- $_ := set $keys "rabbitmq-url" true }}
{{- end }}
{{- if (index $.Values "aiService").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- end }}
{{- if (index $.Values "aiMesh").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- end }}
{{- if (index $.Values "emailProcessing").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- end }}
{{- if (index $.Values "contactManagement").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- end }}
{{- if (index $.Values "analytics").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- end }}
{{- if (index $.Values "blockchain").enabled }}
{{- $_ := set $keys "redis-url" true }}
{{- end }}
{{- if (index $.Values "mailydocs").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- end }}
{{- if (index $.Values "ipWarming").enabled }}
{{- $_ := set $keys "database-url" true }}
{{- $_ := set $keys "redis-url" true }}
{{- $_ := set $keys "rabbitmq-url" true }}
{{- end }}
{{- end }}
{{- $data := list }}
{{- range $key := keys $keys | sortAlpha }}
{{- $ref := dict "key" $es.remoteKey "property" $key }}
{{- if hasKey $es.remoteRefs $key }}
{{- $r := index $es.remoteRefs $key }}
{{- $ref = dict "key" $r.key }}
{{- if $r.property }}
{{- $_ := set $ref "property" $r.property }}
{{- end }}
{{- end }}
{{- $data = append $data (dict "secretKey" $key "remoteRef" $ref) }}
{{- end }}
{{- toJson $data }}
{{- end }}

{{/*
maily.redirectHosts: the hosts of every HTTP component's route, each once, in
registry order, as JSON (the HTTPS redirect's hostnames).
Usage: {{ include "maily.redirectHosts" $ | fromJsonArray }}
*/}}
{{- define "maily.redirectHosts" -}}
{{- $hosts := list }}
{{- range $component := list "api" "web" "aiService" "aiMesh" "emailProcessing" "contactManagement" "analytics" "blockchain" "mailydocs" "apiEdgeCaching" "waf" "ipWarming" }}
{{- $hosts = concat $hosts (index $.Values $component).route.hosts }}
{{- end }}
{{- toJson (uniq $hosts) }}
{{- end }}
