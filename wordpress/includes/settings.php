<?php
/**
 * Settings → SER Widgets: the site-wide values every widget shares through <ser-provider>.
 *
 * @package SerWidgets
 */

defined( 'ABSPATH' ) || exit;

const SER_WIDGETS_OPTION = 'ser_widgets_settings';

/** The schemes a link may use, the same as the widgets accept. */
const SER_WIDGETS_PROTOCOLS = array( 'http', 'https', 'mailto', 'tel' );

/**
 * Every setting with its default.
 *
 * @return array<string, string>
 */
function ser_widgets_defaults() {
	return array(
		'practitioner'  => '',
		'booking_url'   => '',
		'support_url'   => '',
		'crisis_label'  => '',
		'crisis_url'    => '',
		'language'      => '',
		'theme'         => 'light',
		'accent'        => '',
		'heading_level' => '2',
		'reviewed'      => '',
		'reviewed_by'   => '',
	);
}

/**
 * The saved settings, with defaults for anything missing.
 *
 * @return array<string, string>
 */
function ser_widgets_get_settings() {
	$saved = get_option( SER_WIDGETS_OPTION, array() );
	$out   = ser_widgets_defaults();
	if ( is_array( $saved ) ) {
		foreach ( $out as $key => $default ) {
			if ( isset( $saved[ $key ] ) && is_scalar( $saved[ $key ] ) ) {
				$out[ $key ] = (string) $saved[ $key ];
			}
		}
	}
	return $out;
}

/**
 * The choices of the select fields.
 *
 * @param string $key The field.
 * @return array<string, string> value => label
 */
function ser_widgets_choices( $key ) {
	switch ( $key ) {
		case 'language':
			return array(
				''   => __( 'Same as the site', 'ser-widgets' ),
				'en' => 'English',
				'es' => 'Español',
				'fr' => 'Français',
				'de' => 'Deutsch',
				'pt' => 'Português',
			);
		case 'theme':
			return array(
				'light' => __( 'Light', 'ser-widgets' ),
				'dark'  => __( 'Dark', 'ser-widgets' ),
				'auto'  => __( 'Follow the visitor\'s device', 'ser-widgets' ),
			);
		case 'heading_level':
			return array(
				'2' => __( 'Level 2 (directly under the page title)', 'ser-widgets' ),
				'3' => __( 'Level 3', 'ser-widgets' ),
				'4' => __( 'Level 4', 'ser-widgets' ),
				'5' => __( 'Level 5', 'ser-widgets' ),
				'6' => __( 'Level 6', 'ser-widgets' ),
			);
	}
	return array();
}

/**
 * The fields of the settings page, in order: label, kind and help line.
 *
 * @return array<string, array{label: string, kind: string, help: string}>
 */
function ser_widgets_fields() {
	return array(
		'practitioner'  => array(
			'label' => __( 'Your name', 'ser-widgets' ),
			'kind'  => 'text',
			'help'  => __( 'As your clients know you. The widgets say it instead of "your practitioner".', 'ser-widgets' ),
		),
		'booking_url'   => array(
			'label' => __( 'Booking link', 'ser-widgets' ),
			'kind'  => 'url',
			'help'  => __( 'Where the "Book a session" button goes: a web address (https://…), a mailto: or tel: link, or a page of this site (/book). Empty: no button.', 'ser-widgets' ),
		),
		'support_url'   => array(
			'label' => __( 'Support link', 'ser-widgets' ),
			'kind'  => 'url',
			'help'  => __( 'How a client who feels overwhelmed reaches you, linked from the checklist\'s support note: a contact page, mailto: or tel: link.', 'ser-widgets' ),
		),
		'crisis_label'  => array(
			'label' => __( 'Crisis contact', 'ser-widgets' ),
			'kind'  => 'text',
			'help'  => __( 'The crisis line or emergency number for your clients\' area, as it should read, for example "Samaritans, 116 123".', 'ser-widgets' ),
		),
		'crisis_url'    => array(
			'label' => __( 'Crisis contact link', 'ser-widgets' ),
			'kind'  => 'url',
			'help'  => __( 'Its link, usually tel: followed by the number (tel:116123), or its web page.', 'ser-widgets' ),
		),
		'language'      => array(
			'label' => __( 'Language', 'ser-widgets' ),
			'kind'  => 'select',
			'help'  => __( 'The language of the widgets\' own text. "Same as the site" follows Settings → General → Site Language (English where the widgets do not have it).', 'ser-widgets' ),
		),
		'theme'         => array(
			'label' => __( 'Theme', 'ser-widgets' ),
			'kind'  => 'select',
			'help'  => __( 'Light, dark, or following each visitor\'s light or dark mode.', 'ser-widgets' ),
		),
		'accent'        => array(
			'label' => __( 'Accent colour', 'ser-widgets' ),
			'kind'  => 'color',
			'help'  => __( 'A hex colour for headings, buttons and links, such as #2f6f5e: dark enough to read on white with the light theme, light enough with the dark theme. Empty: the widgets\' own colours.', 'ser-widgets' ),
		),
		'heading_level' => array(
			'label' => __( 'Heading level', 'ser-widgets' ),
			'kind'  => 'select',
			'help'  => __( 'The level of each widget\'s heading in your page\'s outline. Each block can choose its own.', 'ser-widgets' ),
		),
		'reviewed'      => array(
			'label' => __( 'Reviewed (month)', 'ser-widgets' ),
			'kind'  => 'month',
			'help'  => __( 'When you last checked that the wording fits your practice, as year and month (2026-05). Shown with the widgets.', 'ser-widgets' ),
		),
		'reviewed_by'   => array(
			'label' => __( 'Reviewed by', 'ser-widgets' ),
			'kind'  => 'text',
			'help'  => __( 'Who checked it, for example your name and qualification.', 'ser-widgets' ),
		),
	);
}

/**
 * Registers the option, its section and fields.
 */
function ser_widgets_register_settings() {
	register_setting(
		'ser_widgets',
		SER_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ser_widgets_sanitize_settings',
			'default'           => ser_widgets_defaults(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'ser_widgets_main', '', '__return_false', 'ser-widgets' );
	foreach ( ser_widgets_fields() as $key => $field ) {
		add_settings_field(
			'ser_widgets_' . $key,
			esc_html( $field['label'] ),
			'ser_widgets_render_field',
			'ser-widgets',
			'ser_widgets_main',
			array(
				'label_for' => 'ser_widgets_' . $key,
				'key'       => $key,
			)
		);
	}
}

/**
 * Settings → SER Widgets.
 */
function ser_widgets_add_settings_page() {
	add_options_page(
		__( 'SER Widgets', 'ser-widgets' ),
		__( 'SER Widgets', 'ser-widgets' ),
		'manage_options',
		'ser-widgets',
		'ser_widgets_render_settings_page'
	);
}

/**
 * The page: options.php checks the nonce from settings_fields() and the capability.
 */
function ser_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'These settings apply to every SER widget on the site. Add the widgets with the blocks in the "SER Widgets" category, or with the shortcodes [ser_explainer_card], [ser_what_to_expect] and [ser_emotion_checklist].', 'ser-widgets' ) . '</p>';
	echo '<form action="options.php" method="post" novalidate>';
	settings_fields( 'ser_widgets' );
	do_settings_sections( 'ser-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * One field with its help line, linked by aria-describedby.
 *
 * @param array{key: string, label_for: string} $args From add_settings_field.
 */
function ser_widgets_render_field( $args ) {
	$key      = $args['key'];
	$field    = ser_widgets_fields()[ $key ];
	$value    = ser_widgets_get_settings()[ $key ];
	$id       = $args['label_for'];
	$help_id  = $id . '-help';
	$name     = SER_WIDGETS_OPTION . '[' . $key . ']';
	$describe = ' aria-describedby="' . esc_attr( $help_id ) . '"';
	if ( 'select' === $field['kind'] ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $describe . '>';
		foreach ( ser_widgets_choices( $key ) as $option => $label ) {
			echo '<option value="' . esc_attr( $option ) . '"' . selected( $value, (string) $option, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} else {
		$types = array(
			'url'   => 'text',
			'color' => 'text',
			'month' => 'text',
			'text'  => 'text',
		);
		$extra = '';
		if ( 'url' === $field['kind'] ) {
			$extra = ' inputmode="url" spellcheck="false"';
		} elseif ( 'color' === $field['kind'] ) {
			$extra = ' placeholder="#2f6f5e" spellcheck="false" size="10"';
		} elseif ( 'month' === $field['kind'] ) {
			$extra = ' placeholder="YYYY-MM" size="10" pattern="\d{4}-\d{2}"';
		}
		$class = 'text' === $field['kind'] || 'url' === $field['kind'] ? ' class="regular-text"' : '';
		echo '<input type="' . esc_attr( $types[ $field['kind'] ] ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '"' . $class . $extra . $describe . '>';
	}
	echo '<p class="description" id="' . esc_attr( $help_id ) . '">' . esc_html( $field['help'] ) . '</p>';
}

/**
 * A link the widgets accept: http(s) with a host, mailto:, tel:, or a path on this site.
 *
 * @param string $url Trimmed input.
 * @return bool
 */
function ser_widgets_is_valid_link( $url ) {
	if ( preg_match( '#^/(?!/)\S*$#', $url ) ) {
		return true;
	}
	if ( preg_match( '#^https?://#i', $url ) ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		return is_string( $host ) && '' !== $host && ! preg_match( '/\s/', $url );
	}
	if ( preg_match( '/^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/i', $url ) ) {
		return true;
	}
	return (bool) preg_match( '/^tel:\+?[0-9][0-9 ().\-]{1,30}$/i', $url );
}

/**
 * Cleans what the form sent. A refused value keeps what was saved, with a message naming the field.
 *
 * @param mixed $input The posted array.
 * @return array<string, string>
 */
function ser_widgets_sanitize_settings( $input ) {
	$saved  = ser_widgets_get_settings();
	$input  = is_array( $input ) ? $input : array();
	$fields = ser_widgets_fields();
	$out    = $saved;
	foreach ( $fields as $key => $field ) {
		if ( ! isset( $input[ $key ] ) || ! is_scalar( $input[ $key ] ) ) {
			continue;
		}
		$raw   = trim( wp_unslash( (string) $input[ $key ] ) );
		$error = '';
		switch ( $field['kind'] ) {
			case 'url':
				if ( '' === $raw ) {
					$out[ $key ] = '';
				} elseif ( ser_widgets_is_valid_link( $raw ) ) {
					$out[ $key ] = esc_url_raw( $raw, SER_WIDGETS_PROTOCOLS );
				} else {
					/* translators: %s: the name of the field, such as "Booking link". */
					$error = __( '%s: this is not a link the widgets can use, so it was not saved. Use a web address starting with https://, a mailto: or tel: link, or a path on this site starting with /. The link saved before is kept.', 'ser-widgets' );
				}
				break;
			case 'color':
				if ( '' === $raw ) {
					$out[ $key ] = '';
				} elseif ( sanitize_hex_color( $raw ) ) {
					$out[ $key ] = strtolower( $raw );
				} else {
					/* translators: %s: the name of the field. */
					$error = __( '%s: use a hex colour such as #2f6f5e. The colour saved before is kept.', 'ser-widgets' );
				}
				break;
			case 'month':
				if ( '' === $raw ) {
					$out[ $key ] = '';
				} elseif ( preg_match( '/^(19|20)\d\d-(0[1-9]|1[0-2])$/', $raw ) ) {
					$out[ $key ] = $raw;
				} else {
					/* translators: %s: the name of the field. */
					$error = __( '%s: use the year and month, such as 2026-05. The date saved before is kept.', 'ser-widgets' );
				}
				break;
			case 'select':
				if ( array_key_exists( $raw, ser_widgets_choices( $key ) ) ) {
					$out[ $key ] = $raw;
				}
				break;
			default:
				$out[ $key ] = mb_substr( sanitize_text_field( $raw ), 0, 200 );
		}
		if ( $error ) {
			add_settings_error( SER_WIDGETS_OPTION, 'ser_widgets_' . $key, sprintf( $error, $field['label'] ) );
		}
	}
	if ( $out['accent'] && $out['accent'] !== $saved['accent'] || $out['theme'] !== $saved['theme'] ) {
		ser_widgets_warn_contrast( $out['accent'], $out['theme'], $fields['accent']['label'] );
	}
	return $out;
}

/**
 * WCAG contrast ratio of two hex colours (#abc or #aabbcc).
 *
 * @param string $first  A hex colour.
 * @param string $second A hex colour.
 * @return float From 1 to 21.
 */
function ser_widgets_contrast( $first, $second ) {
	$luminance = static function ( $hex ) {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		$linear = array();
		foreach ( str_split( $hex, 2 ) as $pair ) {
			$c        = hexdec( $pair ) / 255;
			$linear[] = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
		}
		return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	};
	$a = $luminance( $first );
	$b = $luminance( $second );
	return ( max( $a, $b ) + 0.05 ) / ( min( $a, $b ) + 0.05 );
}

/**
 * Warns (and still saves) when the accent colour is hard to read on the widgets' backgrounds for the theme.
 * The widgets put the accent on their surface, and their button text on the accent.
 *
 * @param string $accent The saved accent colour, or ''.
 * @param string $theme  light, dark or auto.
 * @param string $label  The field's label.
 */
function ser_widgets_warn_contrast( $accent, $theme, $label ) {
	// WordPress sanitizes twice when the option is first created: warn once.
	static $warned = false;
	if ( ! $accent || $warned ) {
		return;
	}
	$warned = true;
	if ( 'auto' === $theme ) {
		/* translators: %s: the field's name. */
		$message = __( '%s: with "Follow the visitor\'s device", one colour cannot be easy to read on both the light and the dark background. It was saved; leave it empty to use the widgets\' own colours, which change with the visitor\'s mode.', 'ser-widgets' );
		add_settings_error( SER_WIDGETS_OPTION, 'ser_widgets_accent_auto', sprintf( $message, $label ), 'warning' );
		return;
	}
	$backgrounds = array(
		'light' => array( '#ffffff' ),
		'dark'  => array( '#1c2126', '#10222e' ),
	);
	foreach ( $backgrounds as $scheme => $colours ) {
		if ( $scheme !== $theme ) {
			continue;
		}
		$ratio = min( array_map( 'ser_widgets_contrast', array_fill( 0, count( $colours ), $accent ), $colours ) );
		if ( $ratio >= 4.5 ) {
			continue;
		}
		if ( 'light' === $scheme ) {
			/* translators: 1: the field's name, 2: the colour, 3: its contrast ratio, such as 2.3. */
			$message = __( '%1$s: %2$s is hard to read on the light background (contrast %3$s to 1; text needs at least 4.5 to 1). It was saved, but a darker colour would be easier to read.', 'ser-widgets' );
		} else {
			/* translators: 1: the field's name, 2: the colour, 3: its contrast ratio, such as 2.3. */
			$message = __( '%1$s: %2$s is hard to read on the dark background (contrast %3$s to 1; text needs at least 4.5 to 1). It was saved, but with the dark or automatic theme a lighter colour would be easier to read.', 'ser-widgets' );
		}
		add_settings_error( SER_WIDGETS_OPTION, 'ser_widgets_accent_' . $scheme, sprintf( $message, $label, $accent, number_format_i18n( $ratio, 1 ) ), 'warning' );
	}
}
